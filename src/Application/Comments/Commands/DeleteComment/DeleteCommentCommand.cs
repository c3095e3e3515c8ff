using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Comments.Commands.DeleteComment;

/// <summary><c>DELETE /comments/{comment_id}</c>: soft delete by the comment's author, the post's author or an admin.</summary>
public sealed record DeleteCommentCommand(Guid CommentId) : IRequest<Unit>, IWriteRequest;
