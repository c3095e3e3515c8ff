using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Users;

namespace PageShare.Application.Follows.Queries.ListFollowing;

/// <summary><c>GET /users/{user_id}/following</c>: the users a user follows, newest follow first.</summary>
public sealed record ListFollowingQuery(Guid UserId, int? Limit, string? Cursor) : IRequest<CursorPage<UserSummaryDto>>;
