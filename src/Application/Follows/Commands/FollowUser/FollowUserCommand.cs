using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Follows.Commands.FollowUser;

/// <summary><c>POST /users/{user_id}/follow</c>: idempotent.</summary>
public sealed record FollowUserCommand(Guid UserId) : IRequest<FollowDto>, IWriteRequest;
