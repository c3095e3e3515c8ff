using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Errors.Commands.ResolveError;

/// <summary>
/// <c>PATCH /errors/{error_id}/resolve</c> (admin): mark a group resolved; idempotent. The next occurrence of the
/// same error opens a new group.
/// </summary>
public sealed record ResolveErrorCommand(Guid ErrorId) : IRequest<ErrorLogDto>, IAdminRequest;
