using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Reactions.Commands.ToggleReaction;

/// <summary><c>POST /posts/{post_id}/reactions</c> and <c>POST /comments/{comment_id}/reactions</c>: toggle a like.</summary>
public sealed record ToggleReactionCommand(ReactionTarget Target, Guid TargetId) : IRequest<ReactionDto>, IWriteRequest;
