using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Reposts.Commands.DeleteRepost;

/// <summary><c>DELETE /posts/{post_id}/reposts</c>: undo a plain repost, idempotent.</summary>
public sealed record DeleteRepostCommand(Guid PostId) : IRequest<Unit>, IWriteRequest;
