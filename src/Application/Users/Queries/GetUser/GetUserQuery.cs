using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Users.Queries.GetUser;

/// <summary><c>GET /users/{user_id}</c>.</summary>
public sealed record GetUserQuery(Guid UserId) : IRequest<UserDto>;
