using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Posts.Queries.GetPost;

internal sealed class GetPostQueryHandler(PostReader reader, ICurrentUser currentUser) : IRequestHandler<GetPostQuery, PostDto>
{
    public Task<PostDto> Handle(GetPostQuery request, CancellationToken cancellationToken) =>
        reader.GetAsync(request.PostId, currentUser.Id, cancellationToken);
}
