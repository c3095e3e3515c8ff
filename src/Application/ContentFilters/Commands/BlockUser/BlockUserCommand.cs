using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.ContentFilters.Commands.BlockUser;

/// <summary><c>POST /users/{user_id}/block</c>: the two users become invisible to each other; follows both ways end. Idempotent.</summary>
public sealed record BlockUserCommand(Guid UserId) : IRequest<BlockStateDto>, IWriteRequest;
