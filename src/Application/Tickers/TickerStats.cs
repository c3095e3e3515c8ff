namespace PageShare.Application.Tickers;

/// <summary>The raw numbers behind a <see cref="TickerDto"/>, as <see cref="ITickerQueries"/> reads them.</summary>
public sealed record TickerStats(
    string Symbol,
    string? Name,
    int PostsCount,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastMentionedAt,
    int Mentions24h,
    int BullishPosts7d,
    int BearishPosts7d);
