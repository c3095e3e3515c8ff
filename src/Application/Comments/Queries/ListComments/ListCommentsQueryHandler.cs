using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Comments.Queries.ListComments;

/// <summary>
/// A flat list (replies included, each naming its parent_id) so the client can thread it. A reply whose parent
/// was deleted stays listed, matching the post's comments count. Oldest first on (created_at, id): new comments land
/// after the last page. One statement (<see cref="ICommentPageReader"/>) checks the post and reads the page.
/// </summary>
internal sealed class ListCommentsQueryHandler(ICommentPageReader reader, ICurrentUser currentUser)
    : IRequestHandler<ListCommentsQuery, CursorPage<CommentDto>>
{
    public async Task<CursorPage<CommentDto>> Handle(ListCommentsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var rows = await reader.ReadAsync(request.PostId, currentUser.Id, KeysetCursor.Decode(request.Cursor), limit, cancellationToken);
        if (!rows.PostVisible)
        {
            throw NotFoundException.For("Post", request.PostId);
        }

        return rows.Comments.ToPage(limit, c => new PageKey(c.Id, c.CreatedAt));
    }
}
