using Npgsql;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

public sealed class UpdatedAtTriggerTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly Sql _sql = new(fixture.ConnectionString);

    [Fact]
    public async Task Posts_CounterOnlyUpdate_KeepsUpdatedAt()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());
        var before = await UpdatedAtAsync("posts", post);

        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2)", await _sql.UserAsync(), post);
        await _sql.ExecuteAsync("insert into reposts (user_id, post_id) values ($1, $2)", await _sql.UserAsync(), post);
        await _sql.CommentAsync(post, await _sql.UserAsync());

        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(1);
        (await UpdatedAtAsync("posts", post)).Should().Be(before);
    }

    [Fact]
    public async Task Posts_OperatorCounterRepair_KeepsUpdatedAt()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());
        var before = await UpdatedAtAsync("posts", post);

        await using (var connection = await _sql.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var allow = new NpgsqlCommand("select set_config('pageshare.allow_counter_writes', 'on', true)", connection, transaction);
            await allow.ExecuteNonQueryAsync();
            await using var update = new NpgsqlCommand("update posts set likes_count = 5, quotes_count = 2 where id = $1", connection, transaction);
            update.Parameters.Add(new NpgsqlParameter { Value = post });
            await update.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(5);
        (await UpdatedAtAsync("posts", post)).Should().Be(before);
    }

    [Fact]
    public async Task Posts_ContentUpdate_BumpsUpdatedAt()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());
        var before = await UpdatedAtAsync("posts", post);

        await _sql.ExecuteAsync("update posts set content = 'edited' where id = $1", post);

        (await UpdatedAtAsync("posts", post)).Should().BeAfter(before);
    }

    [Fact]
    public async Task Posts_UpdateWithUnchangedValues_KeepsUpdatedAt()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync(), "same");
        var before = await UpdatedAtAsync("posts", post);

        // An ORM writing every column back, with a client clock in updated_at.
        await _sql.ExecuteAsync("update posts set content = 'same', updated_at = now() + interval '1 hour' where id = $1", post);

        (await UpdatedAtAsync("posts", post)).Should().Be(before);
    }

    [Fact]
    public async Task Users_FollowersAndActivityUpdate_KeepsUpdatedAt()
    {
        var user = await _sql.UserAsync();
        var before = await UpdatedAtAsync("users", user);

        await _sql.ExecuteAsync("insert into follows (follower_id, followee_id) values ($1, $2)", await _sql.UserAsync(), user);
        await _sql.ExecuteAsync("update users set last_active_at = now() where id = $1", user);

        (await _sql.CountAsync("users", "followers_count", user)).Should().Be(1);
        (await UpdatedAtAsync("users", user)).Should().Be(before);
    }

    [Fact]
    public async Task Users_ProfileUpdate_BumpsUpdatedAt()
    {
        var user = await _sql.UserAsync();
        var before = await UpdatedAtAsync("users", user);

        await _sql.ExecuteAsync("update users set bio = 'trader' where id = $1", user);

        (await UpdatedAtAsync("users", user)).Should().BeAfter(before);
    }

    [Fact]
    public async Task Comments_LikeAndReply_KeepUpdatedAt()
    {
        var user = await _sql.UserAsync();
        var comment = await _sql.CommentAsync(await _sql.PostAsync(user), user);
        var before = await UpdatedAtAsync("comments", comment);

        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'comment', $2)", user, comment);
        await _sql.CommentAsync(await _sql.ScalarAsync<Guid>("select post_id from comments where id = $1", comment), user, comment);

        (await _sql.CountAsync("comments", "replies_count", comment)).Should().Be(1);
        (await UpdatedAtAsync("comments", comment)).Should().Be(before);
    }

    [Fact]
    public async Task Comments_ContentUpdate_BumpsUpdatedAt()
    {
        var user = await _sql.UserAsync();
        var comment = await _sql.CommentAsync(await _sql.PostAsync(user), user);
        var before = await UpdatedAtAsync("comments", comment);

        await _sql.ExecuteAsync("update comments set content = 'edited' where id = $1", comment);

        (await UpdatedAtAsync("comments", comment)).Should().BeAfter(before);
    }

    private Task<DateTime> UpdatedAtAsync(string table, Guid id) =>
        _sql.ScalarAsync<DateTime>($"select updated_at from {table} where id = $1", id);
}
