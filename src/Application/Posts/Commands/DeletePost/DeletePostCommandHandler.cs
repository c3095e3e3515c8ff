using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts.Commands.DeletePost;

internal sealed class DeletePostCommandHandler(IRepository<Post> posts, ICurrentUser currentUser, IUserRoles roles, TimeProvider clock)
    : IRequestHandler<DeletePostCommand, Unit>
{
    public async Task<Unit> Handle(DeletePostCommand command, CancellationToken cancellationToken)
    {
        var actorId = currentUser.RequireId();
        var post = await posts.GetByIdAsync(command.PostId, cancellationToken);
        if (post is null || post.IsDeleted)
        {
            throw NotFoundException.For("Post", command.PostId);
        }

        var isAdmin = currentUser.HasAdminClaim || await roles.IsAdminAsync(actorId, cancellationToken);
        post.Delete(actorId, isAdmin, clock.GetUtcNow());
        await posts.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
