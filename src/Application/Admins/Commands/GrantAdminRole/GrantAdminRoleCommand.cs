using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Admins.Commands.GrantAdminRole;

/// <summary><c>admin grant &lt;username&gt;</c>: store the admin role; idempotent. Unknown user: NotFoundException.</summary>
public sealed record GrantAdminRoleCommand(string Username) : IRequest<AdminDto>, IOperatorRequest;
