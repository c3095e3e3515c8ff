using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.ContentFilters.Commands.BlockUser;

internal sealed class BlockUserCommandHandler(IRepository<User> users, IReadDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<BlockUserCommand, BlockStateDto>
{
    public async Task<BlockStateDto> Handle(BlockUserCommand command, CancellationToken cancellationToken)
    {
        await ContentFilterEdit.ApplyAsync(users, db, currentUser.RequireId(), command.UserId,
            u => u.Block(command.UserId, clock.GetUtcNow()), cancellationToken);
        return new BlockStateDto(true);
    }
}
