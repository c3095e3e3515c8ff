using Npgsql;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>How big the measured database is: the report states it next to every figure.</summary>
internal sealed record DataSize(long Users, long Posts, long Follows, long Likes, long Comments, long Reposts)
{
    public static async Task<DataSize> CountAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            select (select count(*) from users), (select count(*) from posts where deleted_at is null),
                   (select count(*) from follows), (select count(*) from reactions where target_type = 'post'),
                   (select count(*) from comments where deleted_at is null), (select count(*) from reposts)
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new DataSize(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    public override string ToString() =>
        $"{Users:N0} users, {Posts:N0} live posts, {Follows:N0} follows, {Likes:N0} post likes, {Comments:N0} comments, {Reposts:N0} reposts";
}
