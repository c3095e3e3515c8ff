using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PageShare.Benchmarks.Floor;

/// <summary>
/// Writes a <see cref="FeedPage"/> exactly as the API serializes <c>CursorPage&lt;FeedItemDto&gt;</c>: snake_case, the
/// same property order, nulls written, UTC times with Z, the encoder ASP.NET Core uses for its JSON results.
/// </summary>
internal static class FeedJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static void Write(Utf8JsonWriter json, FeedPage page, DateTime now)
    {
        json.WriteStartObject();
        json.WriteStartArray("items");
        foreach (var id in page.Ids)
        {
            if (page.Rows.TryGetValue(id, out var row))
            {
                json.WriteStartObject();
                json.WriteNull("reposted_by");
                json.WriteNull("reposted_at");
                WritePost(json, page, row, withQuote: true, now);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteString("next_cursor", page.NextCursor);
        json.WriteEndObject();
    }

    private static void WritePost(Utf8JsonWriter json, FeedPage page, PostRow row, bool withQuote, DateTime now)
    {
        json.WriteString("id", row.Id);
        json.WriteStartObject("author");
        json.WriteString("id", row.AuthorId);
        json.WriteString("username", row.Username);
        json.WriteString("display_name", row.DisplayName);
        json.WriteString("profile_picture_url", row.ProfilePictureUrl);
        json.WriteBoolean("is_verified", row.IsVerified);
        json.WriteEndObject();
        json.WriteString("content", row.Content);

        json.WriteStartArray("tickers");
        foreach (var ticker in row.Tickers)
        {
            json.WriteStringValue(ticker);
        }

        json.WriteEndArray();
        json.WriteStartArray("media");
        foreach (var media in row.Media)
        {
            json.WriteStartObject();
            json.WriteString("url", media.Url);
            json.WriteString("type", media.ContentType);
            json.WriteNumber("width", media.Width);
            json.WriteNumber("height", media.Height);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("gif_url", row.GifUrl);
        WritePoll(json, row.Poll, now);
        if (withQuote && row.QuotedPostId is { } quotedId && page.Rows.TryGetValue(quotedId, out var quoted))
        {
            json.WriteStartObject("quoted_post");
            WritePost(json, page, quoted, withQuote: false, now);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("quoted_post");
        }

        json.WriteString("sentiment", row.Sentiment);
        json.WriteStartObject("stats");
        json.WriteNumber("likes", row.Likes);
        json.WriteNumber("comments", row.Comments);
        json.WriteNumber("reposts", row.Reposts);
        json.WriteNumber("quotes", row.Quotes);
        json.WriteNumber("bookmarks", row.Bookmarks);
        json.WriteEndObject();
        json.WriteStartObject("viewer");
        json.WriteBoolean("liked", row.Liked);
        json.WriteBoolean("bookmarked", row.Bookmarked);
        json.WriteBoolean("reposted", row.Reposted);
        json.WriteEndObject();
        WriteTime(json, "created_at", row.CreatedAt);
        WriteTime(json, "updated_at", row.UpdatedAt);
    }

    private static void WritePoll(Utf8JsonWriter json, PollRow? poll, DateTime now)
    {
        if (poll is null)
        {
            json.WriteNull("poll");
            return;
        }

        json.WriteStartObject("poll");
        json.WriteString("id", poll.Id);
        json.WriteStartArray("options");
        foreach (var option in poll.Options)
        {
            json.WriteStartObject();
            json.WriteString("id", option.Id);
            json.WriteString("text", option.Text);
            json.WriteNumber("votes", option.Votes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("total_votes", poll.Options.Sum(o => o.Votes));
        WriteTime(json, "ends_at", poll.EndsAt);
        json.WriteBoolean("is_expired", now >= poll.EndsAt);
        if (poll.ViewerVote is { } vote)
        {
            json.WriteString("viewer_vote_option_id", vote);
        }
        else
        {
            json.WriteNull("viewer_vote_option_id");
        }

        json.WriteEndObject();
    }

    // The API's UtcDateTimeOffsetConverter format.
    private static void WriteTime(Utf8JsonWriter json, string name, DateTime utc) =>
        json.WriteString(name, utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture));
}
