using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.ContentFilters.Commands.UnmuteUser;

/// <summary><c>DELETE /users/{user_id}/mute</c>. Idempotent.</summary>
public sealed record UnmuteUserCommand(Guid UserId) : IRequest<Unit>, IWriteRequest;
