using PageShare.Application.Users;

namespace PageShare.Application.ContentFilters;

/// <summary><c>GET /content-filters</c>: the users the caller muted and blocked, newest first.</summary>
public sealed record ContentFiltersDto(IReadOnlyList<UserSummaryDto> Muted, IReadOnlyList<UserSummaryDto> Blocked);
