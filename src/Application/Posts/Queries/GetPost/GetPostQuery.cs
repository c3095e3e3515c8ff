using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Posts.Queries.GetPost;

public sealed record GetPostQuery(Guid PostId) : IRequest<PostDto>, IMultiStatementQuery;
