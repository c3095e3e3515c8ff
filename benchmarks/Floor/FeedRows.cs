namespace PageShare.Benchmarks.Floor;

/// <summary>A post with its author and every detail, as the API's post-rows statement returns it.</summary>
internal sealed record PostRow(
    Guid Id, Guid AuthorId, string Username, string DisplayName, string? ProfilePictureUrl, bool IsVerified,
    string Content, string? GifUrl, string? Sentiment, Guid? QuotedPostId,
    int Likes, int Comments, int Reposts, int Quotes, int Bookmarks, DateTime CreatedAt, DateTime UpdatedAt,
    string[] Tickers, MediaRow[] Media, PollRow? Poll, bool Liked, bool Bookmarked, bool Reposted);

internal sealed record MediaRow(string Url, string ContentType, int Width, int Height);

internal sealed record PollOptionRow(Guid Id, string Text, int Votes);

internal sealed record PollRow(Guid Id, DateTime EndsAt, PollOptionRow[] Options, Guid? ViewerVote);
