using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Users.Queries.GetCurrentUser;

/// <summary><c>GET /users/me</c>.</summary>
public sealed record GetCurrentUserQuery : IRequest<CurrentUserDto>;
