using System.Text.Json.Serialization;

namespace PageShare.Application.Tickers;

/// <summary>
/// A ticker page. <see cref="PostsCount"/> counts live posts ever; <see cref="Mentions24h"/> counts live posts
/// mentioning it in the last 24 hours; <see cref="Sentiment7d"/> covers the live posts of the last 7 days.
/// <see cref="LastMentionedAt"/> is the newest mention when it was made (a later deletion does not move it back).
/// </summary>
public sealed record TickerDto(
    string Symbol,
    string? Name,
    int PostsCount,
    // The naming policy would write "mentions24h": digits do not start a new snake_case word.
    [property: JsonPropertyName("mentions_24h")] int Mentions24h,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastMentionedAt,
    [property: JsonPropertyName("sentiment_7d")] TickerSentimentDto Sentiment7d);
