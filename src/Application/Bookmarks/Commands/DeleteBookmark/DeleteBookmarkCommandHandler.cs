using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Bookmarks.Commands.DeleteBookmark;

internal sealed class DeleteBookmarkCommandHandler(IReadDbContext db, IBookmarkWriter bookmarks, ICurrentUser currentUser)
    : IRequestHandler<DeleteBookmarkCommand, Unit>
{
    public async Task<Unit> Handle(DeleteBookmarkCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        // Deleted posts are 404 by id everywhere, here too; a live post without the caller's bookmark is a no-op.
        if (!await db.Posts.AnyAsync(p => p.Id == command.PostId && p.DeletedAt == null, cancellationToken))
        {
            throw NotFoundException.For("Post", command.PostId);
        }

        await bookmarks.RemoveAsync(userId, command.PostId, cancellationToken);
        return Unit.Value;
    }
}
