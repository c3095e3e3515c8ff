using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.ContentFilters.Commands.MuteUser;

/// <summary><c>POST /users/{user_id}/mute</c>: hide the user's posts and comments from the caller's lists. Idempotent.</summary>
public sealed record MuteUserCommand(Guid UserId) : IRequest<MuteStateDto>, IWriteRequest;
