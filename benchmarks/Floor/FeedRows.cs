namespace PageShare.Benchmarks.Floor;

/// <summary>A post and its author as the rows query returns them.</summary>
internal sealed record PostRow(
    Guid Id, Guid AuthorId, string Username, string DisplayName, string? ProfilePictureUrl, bool IsVerified,
    string Content, string? GifUrl, string? Sentiment, Guid? QuotedPostId,
    int Likes, int Comments, int Reposts, int Quotes, int Bookmarks, DateTime CreatedAt, DateTime UpdatedAt);

internal sealed record MediaRow(string Url, string ContentType, int Width, int Height);

internal sealed record PollOptionRow(Guid Id, string Text, int Votes);

internal sealed record PollRow(Guid Id, DateTime EndsAt, List<PollOptionRow> Options);
