using Npgsql;
using PageShare.Infrastructure.Persistence;
using PageShare.Infrastructure.Identity;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// Ids, symbols and search terms drawn from the database before any load, so no scenario asks for something
/// that does not exist. Ordered by a hash of the id, not random(): the same database gives the same sample.
/// </summary>
internal sealed record BenchSample(
    IReadOnlyList<Viewer> Viewers,
    IReadOnlyList<Guid> PostIds,
    IReadOnlyList<Guid> CommentedPostIds,
    IReadOnlyList<string> Symbols,
    IReadOnlyList<string> SearchTerms,
    DataSize Size)
{
    private const int ViewerCount = 2000;
    private const int PostCount = 5000;
    private const int SymbolCount = 50;

    public static async Task<BenchSample> LoadAsync(string databaseUrl, SupabaseAuthOptions auth, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(DatabaseUrl.ToConnectionString(databaseUrl));

        // Viewers on neither side of a mute or block: a post read by id can then never be a 404 because of a block.
        var viewerIds = await ReadAsync(dataSource, $"""
            select u.id from users u
            where not u.is_anonymous
              and not exists (select 1 from content_filters f where f.user_id = u.id or f.target_user_id = u.id)
            order by md5(u.id::text) limit {ViewerCount}
            """, r => r.GetGuid(0), ct);
        var postIds = await ReadAsync(dataSource,
            $"select id from posts where deleted_at is null order by md5(id::text) limit {PostCount}", r => r.GetGuid(0), ct);
        var commentedPostIds = await ReadAsync(dataSource,
            $"select id from posts where deleted_at is null and comments_count > 0 order by md5(id::text) limit {PostCount}",
            r => r.GetGuid(0), ct);
        // The busiest symbols: what people open from the trending list.
        var symbols = await ReadAsync(dataSource,
            $"select symbol from tickers order by posts_count desc, symbol limit {SymbolCount}", r => r.GetString(0), ct);
        var usernames = await ReadAsync(dataSource,
            "select username from users order by md5(id::text) limit 200", r => r.GetString(0), ct);

        if (viewerIds.Count == 0 || postIds.Count == 0)
        {
            throw new InvalidOperationException("The database has no users or posts to sample: seed it first.");
        }

        var issuedAt = TimeProvider.System;
        var viewers = viewerIds
            .Select(id => new Viewer(id, DevTokenIssuer.Create(auth, id, $"{id:N}@bench.invalid", TimeSpan.FromHours(6), issuedAt)))
            .ToList();
        // Search by the first letters of real usernames and symbols, as someone typing into the search box.
        var terms = usernames.Select(u => u[..Math.Min(4, u.Length)])
            .Concat(symbols.Select(s => s[..Math.Min(2, s.Length)]))
            .Distinct(StringComparer.Ordinal).ToList();
        var size = await DataSize.CountAsync(dataSource, ct);
        return new BenchSample(viewers, postIds, commentedPostIds.Count > 0 ? commentedPostIds : postIds, symbols, terms, size);
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlDataSource dataSource, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
