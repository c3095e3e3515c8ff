using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Polls.Queries.GetPollResults;

internal sealed class GetPollResultsQueryHandler(IReadDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetPollResultsQuery, PollDto>
{
    public Task<PollDto> Handle(GetPollResultsQuery query, CancellationToken cancellationToken) =>
        db.GetPollAsync(query.PollId, currentUser.Id, clock.GetUtcNow(), cancellationToken);
}
