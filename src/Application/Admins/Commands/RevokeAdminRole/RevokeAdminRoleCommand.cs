using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Admins.Commands.RevokeAdminRole;

/// <summary>
/// <c>admin revoke &lt;username&gt;</c>: back to the user role; idempotent. A token whose <c>app_metadata.role</c> is
/// admin still counts: that is managed in Supabase, not here.
/// </summary>
public sealed record RevokeAdminRoleCommand(string Username) : IRequest<AdminDto>, IOperatorRequest;
