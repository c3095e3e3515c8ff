using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Polls;
using PageShare.Application.Posts;
using PageShare.Application.Users;
using PageShare.Domain.Posts;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// <see cref="IPostRowReader"/> as one hand-written statement (<see cref="PostRowsSql"/>). It replaced nine LINQ
/// queries per page (rows, quoted rows, tickers, media, polls, likes, bookmarks, reposts, votes): most of the API's
/// CPU per feed page was EF building and translating them (docs/performance.md). Details come back as arrays, one
/// row per post, so nothing is parsed from JSON.
/// </summary>
internal sealed class PostRowReader(PageShareDbContext db) : IPostRowReader
{
    public async Task<IReadOnlyList<PostRow>> ReadAsync(IReadOnlyList<Guid> postIds, Guid? viewerId, CancellationToken cancellationToken)
    {
        var records = await db.Database.SqlQueryRaw<Record>(
                PostRowsSql.Text,
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = postIds.ToArray() },
                new NpgsqlParameter("viewer", NpgsqlDbType.Uuid) { Value = viewerId is { } id ? id : DBNull.Value })
            .ToListAsync(cancellationToken);
        return records.ConvertAll(ToRow);
    }

    private static PostRow ToRow(Record r) => new(
        r.Id,
        new UserSummaryDto(r.AuthorId, r.Username, r.DisplayName, r.ProfilePictureUrl, r.IsVerified),
        r.Content,
        r.Tickers,
        Media(r),
        r.GifUrl,
        r.PollId is { } pollId ? new PostPollRow(pollId, Options(r), r.PollEndsAt!.Value, r.ViewerVoteOptionId) : null,
        r.QuotedPostId,
        r.Sentiment is null ? null : Enum.Parse<Sentiment>(r.Sentiment, ignoreCase: true),
        new PostStatsDto(r.LikesCount, r.CommentsCount, r.RepostsCount, r.QuotesCount, r.BookmarksCount),
        new PostViewerDto(r.Liked, r.Bookmarked, r.Reposted),
        r.CreatedAt,
        r.UpdatedAt);

    private static PostMediaDto[] Media(Record r)
    {
        var media = new PostMediaDto[r.MediaUrls.Length];
        for (var i = 0; i < media.Length; i++)
        {
            media[i] = new PostMediaDto(r.MediaUrls[i], r.MediaTypes[i], r.MediaWidths[i], r.MediaHeights[i]);
        }

        return media;
    }

    private static PollOptionDto[] Options(Record r)
    {
        var options = new PollOptionDto[r.OptionIds.Length];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = new PollOptionDto(r.OptionIds[i], r.OptionTexts[i], r.OptionVotes[i]);
        }

        return options;
    }

    // One row of PostRowsSql: the property names are its column aliases.
    private sealed record Record(
        Guid Id, Guid AuthorId, string Username, string DisplayName, string? ProfilePictureUrl, bool IsVerified,
        string Content, string? GifUrl, string? Sentiment, Guid? QuotedPostId,
        int LikesCount, int CommentsCount, int RepostsCount, int QuotesCount, int BookmarksCount,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
        string[] Tickers, string[] MediaUrls, string[] MediaTypes, int[] MediaWidths, int[] MediaHeights,
        Guid? PollId, DateTimeOffset? PollEndsAt, Guid[] OptionIds, string[] OptionTexts, int[] OptionVotes,
        Guid? ViewerVoteOptionId, bool Liked, bool Bookmarked, bool Reposted);
}
