namespace PageShare.Application.Polls;

public sealed record PollDto(Guid Id, IReadOnlyList<PollOptionDto> Options, int TotalVotes, DateTimeOffset EndsAt,
    bool IsExpired, Guid? ViewerVoteOptionId);
