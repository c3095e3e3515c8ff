using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;
using PageShare.Application.Posts;
using PageShare.Application.Posts.Commands.CreatePost;

namespace PageShare.Application.Common.Idempotency;

/// <summary>
/// <c>POST /posts</c> with an <c>Idempotency-Key</c>: the first request creates the post; a repeat with the same key and body
/// returns that post (201 again) and creates nothing; the same key with another body is a 422.
/// </summary>
public sealed record IdempotentCreatePostCommand(string IdempotencyKey, CreatePostCommand Post) : IRequest<PostDto>, IWriteRequest;
