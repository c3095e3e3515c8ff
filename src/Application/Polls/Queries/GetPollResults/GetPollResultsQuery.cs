using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Polls.Queries.GetPollResults;

/// <summary><c>GET /polls/{poll_id}/results</c>: the poll with its counts and, with a token, the caller's vote.</summary>
public sealed record GetPollResultsQuery(Guid PollId) : IRequest<PollDto>;
