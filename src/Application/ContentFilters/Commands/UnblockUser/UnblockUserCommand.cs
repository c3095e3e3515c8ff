using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.ContentFilters.Commands.UnblockUser;

/// <summary><c>DELETE /users/{user_id}/block</c>. Idempotent; removed follows are not restored.</summary>
public sealed record UnblockUserCommand(Guid UserId) : IRequest<Unit>, IWriteRequest;
