using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Reposts.Commands.CreateRepost;

/// <summary><c>POST /posts/{post_id}/reposts</c> with an empty body: a plain repost, idempotent.</summary>
public sealed record CreateRepostCommand(Guid PostId) : IRequest<RepostDto>, IWriteRequest;
