namespace PageShare.Application.Metrics;

/// <summary>A post ranked by <see cref="Score"/> = reactions + comments + reposts + quotes.</summary>
public sealed record TopPostDto(
    Guid PostId,
    Guid AuthorId,
    string AuthorUsername,
    DateTimeOffset CreatedAt,
    int Reactions,
    int Comments,
    int Reposts,
    int Quotes,
    int Score);
