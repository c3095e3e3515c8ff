using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Users.Queries.GetUserByUsername;

/// <summary><c>GET /users/by-username/{username}</c>, case-insensitive.</summary>
public sealed record GetUserByUsernameQuery(string Username) : IRequest<UserDto>;
