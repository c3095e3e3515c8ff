using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Posts.Commands.DeletePost;

/// <summary><c>DELETE /posts/{post_id}</c>: soft delete by the author or an admin.</summary>
public sealed record DeletePostCommand(Guid PostId) : IRequest<Unit>, IWriteRequest;
