using PageShare.Application.Polls;

namespace PageShare.Application.Posts;

/// <summary>A post's poll as stored; whether it has ended depends on the clock, so <see cref="PostReader"/> decides.</summary>
public sealed record PostPollRow(Guid Id, IReadOnlyList<PollOptionDto> Options, DateTimeOffset EndsAt, Guid? ViewerVoteOptionId);
