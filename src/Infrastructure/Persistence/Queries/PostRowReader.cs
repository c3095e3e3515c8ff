using System.Data.Common;
using PageShare.Application.Polls;
using PageShare.Application.Posts;
using PageShare.Domain.Posts;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// <see cref="IPostRowReader"/> as one hand-written statement (<see cref="PostRowsSql"/>). It replaced nine LINQ
/// queries per page (rows, quoted rows, tickers, media, polls, likes, bookmarks, reposts, votes): most of the API's
/// CPU per feed page was EF building and translating them (docs/performance.md). Details come back as arrays, one
/// row per post, so nothing is parsed from JSON; the reader is read by ordinal (<see cref="HandWrittenSql"/>).
/// </summary>
internal sealed class PostRowReader(PageShareDbContext db) : IPostRowReader
{
    public async Task<IReadOnlyList<PostRow>> ReadAsync(IReadOnlyList<Guid> postIds, Guid? viewerId, CancellationToken cancellationToken) =>
        await db.ReadByIdsAsync(PostRowsSql.Text, postIds, viewerId, ToRow, cancellationToken);

    // Columns in PostRowsSql's order: 0-16 post and author, 17 tickers, 18-21 media, 22-27 poll, 28-30 viewer flags.
    private static PostRow ToRow(DbDataReader r) => new(
        r.GetGuid(0),
        HandWrittenSql.UserSummary(r, 1),
        r.GetString(6),
        r.GetFieldValue<string[]>(17),
        Media(r),
        NullableString(r, 7),
        Poll(r),
        r.IsDBNull(9) ? null : r.GetGuid(9),
        r.IsDBNull(8) ? null : Enum.Parse<Sentiment>(r.GetString(8), ignoreCase: true),
        new PostStatsDto(r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(13), r.GetInt32(14)),
        new PostViewerDto(r.GetBoolean(28), r.GetBoolean(29), r.GetBoolean(30)),
        Time(r, 15),
        Time(r, 16));

    private static PostMediaDto[] Media(DbDataReader r)
    {
        var urls = r.GetFieldValue<string[]>(18);
        var types = r.GetFieldValue<string[]>(19);
        var widths = r.GetFieldValue<int[]>(20);
        var heights = r.GetFieldValue<int[]>(21);
        var media = new PostMediaDto[urls.Length];
        for (var i = 0; i < media.Length; i++)
        {
            media[i] = new PostMediaDto(urls[i], types[i], widths[i], heights[i]);
        }

        return media;
    }

    private static PostPollRow? Poll(DbDataReader r)
    {
        if (r.IsDBNull(22))
        {
            return null;
        }

        var ids = r.GetFieldValue<Guid[]>(24);
        var texts = r.GetFieldValue<string[]>(25);
        var votes = r.GetFieldValue<int[]>(26);
        var options = new PollOptionDto[ids.Length];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = new PollOptionDto(ids[i], texts[i], votes[i]);
        }

        return new PostPollRow(r.GetGuid(22), options, Time(r, 23), r.IsDBNull(27) ? null : r.GetGuid(27));
    }

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateTimeOffset Time(DbDataReader r, int ordinal) => new(r.GetDateTime(ordinal), TimeSpan.Zero);
}
