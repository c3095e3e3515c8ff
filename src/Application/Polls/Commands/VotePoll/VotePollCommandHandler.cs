using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Engagement;
using PageShare.Domain.Posts;

namespace PageShare.Application.Polls.Commands.VotePoll;

internal sealed class VotePollCommandHandler(IRepository<Post> posts, IRepository<PollVote> votes, IReadDbContext db,
    ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<VotePollCommand, PollDto>
{
    public async Task<PollDto> Handle(VotePollCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var post = await posts.FirstOrDefaultAsync(new ActivePostByPollIdSpec(command.PollId), cancellationToken)
            ?? throw NotFoundException.For("Poll", command.PollId);
        var now = clock.GetUtcNow();
        post.Poll!.EnsureCanVote(command.OptionId, now);

        // No "has voted?" read first: the (poll_id, user_id) key decides, also between two racing requests (409).
        await votes.AddAsync(PollVote.Cast(command.PollId, command.OptionId, userId, now), cancellationToken);
        return await db.GetPollAsync(command.PollId, userId, now, cancellationToken);
    }
}
