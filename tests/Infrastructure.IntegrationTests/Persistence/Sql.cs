using Npgsql;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

/// <summary>Plain SQL arrange and assert helpers: these tests are about the schema, not the EF model.</summary>
internal sealed class Sql(string connectionString)
{
    private static int _sequence;

    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return (T)value!;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs the statement and returns the PostgreSQL error it raised (or fails).</summary>
    public async Task<PostgresException> FailingAsync(string sql, params object[] parameters)
    {
        var act = () => ExecuteAsync(sql, parameters);
        return (await act.Should().ThrowAsync<PostgresException>()).Which;
    }

    public async Task<Guid> UserAsync(string? username = null)
    {
        var id = Guid.NewGuid();
        username ??= $"user_{Interlocked.Increment(ref _sequence)}_{id.ToString("N")[..8]}";
        await ExecuteAsync(
            "insert into users (id, username, display_name) values ($1, $2, $3)", id, username, "Display " + username);
        return id;
    }

    public Task<Guid> PostAsync(Guid authorId, string content = "hello", Guid? quotedPostId = null) =>
        ScalarAsync<Guid>(
            "insert into posts (author_id, content, quoted_post_id) values ($1, $2, $3) returning id",
            authorId, content, quotedPostId.HasValue ? quotedPostId.Value : DBNull.Value);

    public Task<Guid> CommentAsync(Guid postId, Guid authorId, Guid? parentId = null) =>
        ScalarAsync<Guid>(
            "insert into comments (post_id, author_id, parent_id, content) values ($1, $2, $3, 'a comment') returning id",
            postId, authorId, parentId.HasValue ? parentId.Value : DBNull.Value);

    public Task<int> CountAsync(string table, string column, Guid id) =>
        ScalarAsync<int>($"select {column} from {table} where id = $1", id);

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }
}
