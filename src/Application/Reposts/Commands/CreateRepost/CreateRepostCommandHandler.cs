using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;

namespace PageShare.Application.Reposts.Commands.CreateRepost;

/// <summary>Reposting one's own post is allowed, as on X: it shares the post again to one's followers.</summary>
internal sealed class CreateRepostCommandHandler(IReadDbContext db, IRepostWriter reposts, ICurrentUser currentUser)
    : IRequestHandler<CreateRepostCommand, RepostDto>
{
    public async Task<RepostDto> Handle(CreateRepostCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var authorId = await db.Posts.Where(p => p.Id == command.PostId && p.DeletedAt == null)
            .Select(p => (Guid?)p.AuthorId).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Post", command.PostId);
        await db.EnsureNotBlockedAsync(userId, authorId, cancellationToken);

        var count = await reposts.RepostAsync(userId, command.PostId, cancellationToken);
        return new RepostDto(true, count);
    }
}
