using PageShare.Application.Posts;
using PageShare.Application.Users;

namespace PageShare.Application.Search;

/// <summary>
/// <c>GET /search</c>. With <c>type=all</c> each list holds at most <c>limit</c> items and <see cref="NextCursor"/> is
/// null; with a single type only that list is filled and <see cref="NextCursor"/> pages it.
/// </summary>
public sealed record SearchResultsDto(
    IReadOnlyList<UserSummaryDto> Users,
    IReadOnlyList<TickerSummaryDto> Tickers,
    IReadOnlyList<PostDto> Posts,
    string? NextCursor);
