using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Bookmarks.Commands.CreateBookmark;

internal sealed class CreateBookmarkCommandHandler(IReadDbContext db, IBookmarkWriter bookmarks, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CreateBookmarkCommand, BookmarkDto>
{
    public async Task<BookmarkDto> Handle(CreateBookmarkCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        if (!await db.Posts.AnyAsync(p => p.Id == command.PostId && p.DeletedAt == null, cancellationToken))
        {
            throw NotFoundException.For("Post", command.PostId);
        }

        var count = await bookmarks.BookmarkAsync(Bookmark.Of(userId, command.PostId, clock.GetUtcNow()), cancellationToken);
        return new BookmarkDto(true, count);
    }
}
