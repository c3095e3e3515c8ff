namespace PageShare.Application.Metrics;

public sealed record ActionCountsDto(int Posts, int Comments, int Reactions, int Reposts, int Follows, int PollVotes);
