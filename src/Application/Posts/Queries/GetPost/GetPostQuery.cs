using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Posts.Queries.GetPost;

public sealed record GetPostQuery(Guid PostId) : IRequest<PostDto>;
