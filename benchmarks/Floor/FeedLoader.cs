using Npgsql;
using NpgsqlTypes;
using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Benchmarks.Floor;

/// <summary>Runs the page's two statements (the API's own text) in the API's order on one pooled connection and keeps the rows.</summary>
internal sealed class FeedLoader(NpgsqlDataSource dataSource)
{
    public async Task<FeedPage> LoadAsync(Guid viewer, int limit, (DateTime At, Guid Id)? cursor, CancellationToken ct)
    {
        var page = new FeedPage();
        await using var connection = await dataSource.OpenConnectionAsync(ct);

        var keys = new List<(Guid Id, DateTime At)>();
        await using (var command = new NpgsqlCommand(cursor is null ? FeedKeysSql.First : FeedKeysSql.Next, connection))
        {
            command.Parameters.Add(new NpgsqlParameter("viewer", NpgsqlDbType.Uuid) { Value = viewer });
            command.Parameters.Add(new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = limit + 1 });
            if (cursor is { } c)
            {
                command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = c.At });
                command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = c.Id });
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                keys.Add((reader.GetGuid(0), reader.GetDateTime(1)));
            }
        }

        page.Ids.AddRange(keys.Take(limit).Select(k => k.Id));
        if (keys.Count > limit)
        {
            page.NextCursor = PageCursor.Encode(keys[limit - 1].At, keys[limit - 1].Id);
        }

        if (page.Ids.Count == 0)
        {
            return page;
        }

        await using (var command = new NpgsqlCommand(PostRowsSql.Text, connection))
        {
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = page.Ids.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("viewer", NpgsqlDbType.Uuid) { Value = viewer });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = Row(reader);
                page.Rows[row.Id] = row;
            }
        }

        return page;
    }

    // Columns in the statement's order: 0-16 post and author, 17 tickers, 18-21 media, 22-27 poll, 28-30 viewer flags.
    private static PostRow Row(NpgsqlDataReader r)
    {
        var urls = r.GetFieldValue<string[]>(18);
        var types = r.GetFieldValue<string[]>(19);
        var widths = r.GetFieldValue<int[]>(20);
        var heights = r.GetFieldValue<int[]>(21);
        var media = new MediaRow[urls.Length];
        for (var i = 0; i < media.Length; i++)
        {
            media[i] = new MediaRow(urls[i], types[i], widths[i], heights[i]);
        }

        PollRow? poll = null;
        if (!r.IsDBNull(22))
        {
            var ids = r.GetFieldValue<Guid[]>(24);
            var texts = r.GetFieldValue<string[]>(25);
            var votes = r.GetFieldValue<int[]>(26);
            var options = new PollOptionRow[ids.Length];
            for (var i = 0; i < options.Length; i++)
            {
                options[i] = new PollOptionRow(ids[i], texts[i], votes[i]);
            }

            poll = new PollRow(r.GetGuid(22), r.GetDateTime(23), options, r.IsDBNull(27) ? null : r.GetGuid(27));
        }

        return new PostRow(
            r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetBoolean(5),
            r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
            r.IsDBNull(9) ? null : r.GetGuid(9),
            r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(13), r.GetInt32(14), r.GetDateTime(15), r.GetDateTime(16),
            r.GetFieldValue<string[]>(17), media, poll, r.GetBoolean(28), r.GetBoolean(29), r.GetBoolean(30));
    }
}
