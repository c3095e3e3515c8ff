namespace PageShare.Domain.Posts;

/// <summary>The poll part of a new post, before it exists.</summary>
public sealed record PollDraft(IReadOnlyList<string?> Options, int DurationHours);
