using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Polls.Commands.VotePoll;

/// <summary><c>POST /polls/{poll_id}/votes</c> with <c>{option_id}</c>: one final vote per user.</summary>
public sealed record VotePollCommand(Guid PollId, Guid OptionId) : IRequest<PollDto>, IWriteRequest;
