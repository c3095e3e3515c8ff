using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Users;

namespace PageShare.Application.Follows.Queries.ListFollowers;

/// <summary><c>GET /users/{user_id}/followers</c>: the users who follow a user, newest follow first.</summary>
public sealed record ListFollowersQuery(Guid UserId, int? Limit, string? Cursor) : IRequest<CursorPage<UserSummaryDto>>;
