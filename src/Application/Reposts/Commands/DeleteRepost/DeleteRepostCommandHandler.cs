using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Reposts.Commands.DeleteRepost;

internal sealed class DeleteRepostCommandHandler(IReadDbContext db, IRepostWriter reposts, ICurrentUser currentUser)
    : IRequestHandler<DeleteRepostCommand, Unit>
{
    public async Task<Unit> Handle(DeleteRepostCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        // Deleted posts are 404 by id everywhere, here too; a live post without the caller's repost is a no-op.
        if (!await db.Posts.AnyAsync(p => p.Id == command.PostId && p.DeletedAt == null, cancellationToken))
        {
            throw NotFoundException.For("Post", command.PostId);
        }

        await reposts.UndoAsync(userId, command.PostId, cancellationToken);
        return Unit.Value;
    }
}
