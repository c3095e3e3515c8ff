using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts.Commands.CreatePost;

/// <summary><c>POST /posts</c>.</summary>
public sealed record CreatePostCommand(
    string? Content,
    IReadOnlyList<string>? MediaUrls,
    string? GifUrl,
    CreatePollInput? Poll,
    Guid? QuotedPostId,
    Sentiment? Sentiment) : IRequest<PostDto>, IWriteRequest;
