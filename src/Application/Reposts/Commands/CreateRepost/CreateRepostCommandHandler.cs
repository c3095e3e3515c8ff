using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Reposts.Commands.CreateRepost;

/// <summary>Reposting one's own post is allowed, as on X: it shares the post again to one's followers.</summary>
internal sealed class CreateRepostCommandHandler(IReadDbContext db, IRepostWriter reposts, ICurrentUser currentUser)
    : IRequestHandler<CreateRepostCommand, RepostDto>
{
    public async Task<RepostDto> Handle(CreateRepostCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        if (!await db.Posts.AnyAsync(p => p.Id == command.PostId && p.DeletedAt == null, cancellationToken))
        {
            throw NotFoundException.For("Post", command.PostId);
        }

        var count = await reposts.RepostAsync(userId, command.PostId, cancellationToken);
        return new RepostDto(true, count);
    }
}
