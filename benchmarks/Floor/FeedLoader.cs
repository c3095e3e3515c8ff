using Npgsql;

namespace PageShare.Benchmarks.Floor;

/// <summary>Runs <see cref="FeedSql"/> in the API's order on one pooled connection and keeps the rows.</summary>
internal sealed class FeedLoader(NpgsqlDataSource dataSource)
{
    public async Task<FeedPage> LoadAsync(Guid viewer, int limit, (DateTime At, Guid Id)? cursor, CancellationToken ct)
    {
        var page = new FeedPage();
        await using var connection = await dataSource.OpenConnectionAsync(ct);

        var keys = new List<(Guid Id, DateTime At)>();
        await using (var command = cursor is { } c
            ? Command(connection, FeedSql.NextKeys, viewer, c.At, c.Id, limit + 1)
            : Command(connection, FeedSql.FirstKeys, viewer, limit + 1))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
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

        await ReadRowsAsync(connection, viewer, page.Ids.ToArray(), page, ct);
        var quoted = page.Rows.Values.Where(r => r.QuotedPostId is { } q && !page.Rows.ContainsKey(q))
            .Select(r => r.QuotedPostId!.Value).Distinct().ToArray();
        await ReadRowsAsync(connection, viewer, quoted, page, ct);

        var all = page.Rows.Keys.ToArray();
        await ReadAsync(Command(connection, FeedSql.Tickers, all), r =>
            List(page.Tickers, r.GetGuid(0)).Add(r.GetString(1)), ct);
        await ReadAsync(Command(connection, FeedSql.Media, all), r =>
            List(page.Media, r.GetGuid(0)).Add(new MediaRow(r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4))), ct);
        await ReadAsync(Command(connection, FeedSql.Polls, all), r =>
        {
            var postId = r.GetGuid(1);
            if (!page.Polls.TryGetValue(postId, out var poll))
            {
                page.Polls[postId] = poll = new PollRow(r.GetGuid(0), r.GetDateTime(2), []);
            }

            if (!r.IsDBNull(3))
            {
                poll.Options.Add(new PollOptionRow(r.GetGuid(3), r.GetString(4), r.GetInt32(5)));
            }
        }, ct);
        await ReadAsync(Command(connection, FeedSql.Liked, viewer, all), r => page.Liked.Add(r.GetGuid(0)), ct);
        await ReadAsync(Command(connection, FeedSql.Bookmarked, viewer, all), r => page.Bookmarked.Add(r.GetGuid(0)), ct);
        await ReadAsync(Command(connection, FeedSql.Reposted, viewer, all), r => page.Reposted.Add(r.GetGuid(0)), ct);
        var pollIds = page.Polls.Values.Select(p => p.Id).ToArray();
        await ReadAsync(Command(connection, FeedSql.Votes, viewer, pollIds), r => page.Votes[r.GetGuid(0)] = r.GetGuid(3), ct);
        return page;
    }

    private static async Task ReadRowsAsync(NpgsqlConnection connection, Guid viewer, Guid[] ids, FeedPage page, CancellationToken ct) =>
        await ReadAsync(Command(connection, FeedSql.Rows, viewer, ids), r =>
        {
            var row = new PostRow(
                r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetBoolean(5),
                r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
                r.IsDBNull(9) ? null : r.GetGuid(9),
                r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(13), r.GetInt32(14), r.GetDateTime(15), r.GetDateTime(16));
            page.Rows.TryAdd(row.Id, row);
        }, ct);

    private static async Task ReadAsync(NpgsqlCommand command, Action<NpgsqlDataReader> read, CancellationToken ct)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                read(reader);
            }
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static List<T> List<T>(Dictionary<Guid, List<T>> lists, Guid key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        return list;
    }
}
