namespace PageShare.Application.Polls;

public sealed record PollOptionDto(Guid Id, string Text, int Votes);
