namespace PageShare.Application.Posts.Commands.CreatePost;

public sealed record CreatePollInput(IReadOnlyList<string>? Options, int DurationHours);
