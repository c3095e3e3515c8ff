using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Admins.Queries.ListAdmins;

/// <summary><c>admin list</c>: users whose stored role is admin, by username. Token-only admins are not stored, so not listed.</summary>
public sealed record ListAdminsQuery : IRequest<IReadOnlyList<AdminDto>>, IOperatorRequest;
