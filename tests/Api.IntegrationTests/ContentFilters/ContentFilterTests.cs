using System.Net;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.ContentFilters;

public sealed class ContentFilterTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("mute", "muted")]
    [InlineData("block", "blocked")]
    public async Task Filter_Twice_IsIdempotentAndListedOnce(string kind, string field)
    {
        var (me, target) = await TwoUsersAsync();

        var first = await me.PostAsync($"/api/v1/users/{target}/{kind}", null).ReadJsonAsync();
        var second = await me.PostAsync($"/api/v1/users/{target}/{kind}", null).ReadJsonAsync();

        first.GetProperty(field).GetBoolean().Should().BeTrue();
        second.GetProperty(field).GetBoolean().Should().BeTrue();
        var filters = await me.GetAsync("/api/v1/content-filters").ReadJsonAsync();
        filters.GetProperty(field).EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).Should().Equal(target);
        filters.GetProperty(field == "muted" ? "blocked" : "muted").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("mute", "muted")]
    [InlineData("block", "blocked")]
    public async Task Unfilter_Twice_Returns204AndRemoves(string kind, string field)
    {
        var (me, target) = await TwoUsersAsync();
        await me.PostAsync($"/api/v1/users/{target}/{kind}", null);

        (await me.DeleteAsync($"/api/v1/users/{target}/{kind}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await me.DeleteAsync($"/api/v1/users/{target}/{kind}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await me.GetAsync("/api/v1/content-filters").ReadJsonAsync()).GetProperty(field).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task ListContentFilters_SeveralUsers_NewestFirstWithSummaries()
    {
        var me = SignedIn(Guid.NewGuid());
        var targets = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            targets.Add(await ProvisionAsync());
            await me.PostAsync($"/api/v1/users/{targets[i]}/mute", null);
        }

        await me.PostAsync($"/api/v1/users/{targets[0]}/block", null);

        var filters = await me.GetAsync("/api/v1/content-filters").ReadJsonAsync();
        filters.GetProperty("muted").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).Should().Equal(targets[2], targets[1], targets[0]);
        var blocked = filters.GetProperty("blocked").EnumerateArray().Single();
        blocked.GetProperty("id").GetGuid().Should().Be(targets[0]);
        blocked.GetProperty("username").GetString().Should().NotBeNullOrEmpty();
        blocked.TryGetProperty("display_name", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("POST", "mute")]
    [InlineData("DELETE", "mute")]
    [InlineData("POST", "block")]
    [InlineData("DELETE", "block")]
    public async Task Filter_Self_Returns422(string method, string kind)
    {
        var id = Guid.NewGuid();

        var response = await SignedIn(id).SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/users/{id}/{kind}"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("user_id", out _).Should().BeTrue(error.ToString());
    }

    [Theory]
    [InlineData("POST", "mute")]
    [InlineData("DELETE", "mute")]
    [InlineData("POST", "block")]
    [InlineData("DELETE", "block")]
    public async Task Filter_UnknownUser_Returns404(string method, string kind)
    {
        var response = await SignedIn(Guid.NewGuid()).SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/users/{Guid.NewGuid()}/{kind}"));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("POST", "mute")]
    [InlineData("DELETE", "mute")]
    [InlineData("POST", "block")]
    [InlineData("DELETE", "block")]
    public async Task Filter_WithoutTokenOrAsAnonymousSession_Returns401Or403(string method, string kind)
    {
        var target = await ProvisionAsync();
        var guest = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        await (await Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/users/{target}/{kind}")))
            .ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        await (await guest.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/users/{target}/{kind}")))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    [Fact]
    public async Task ListContentFilters_WithoutToken_Returns401()
    {
        await (await Anonymous.GetAsync("/api/v1/content-filters")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task Block_FollowsBothWays_RemovesBothAndCountersReturnToZero()
    {
        var (me, target) = await TwoUsersAsync();
        var meId = await IdOfAsync(me);
        await ExecuteAsync("insert into follows (follower_id, followee_id) values (@a, @b), (@b, @a)", meId, target);
        (await ScalarAsync("select followers_count + following_count from users where id = @a", meId, target)).Should().Be(2);

        (await me.PostAsync($"/api/v1/users/{target}/block", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ScalarAsync("select count(*) from follows where follower_id in (@a, @b)", meId, target)).Should().Be(0);
        (await ScalarAsync("select sum(followers_count + following_count) from users where id in (@a, @b)", meId, target)).Should().Be(0);
        (await ScalarAsync("select count(*) from content_filters where user_id = @a and target_user_id = @b and kind = 'block'", meId, target))
            .Should().Be(1);
    }

    [Fact]
    public async Task Block_FollowsOfThirdUsers_AreKept()
    {
        var (me, target) = await TwoUsersAsync();
        var meId = await IdOfAsync(me);
        var third = await ProvisionAsync();
        await ExecuteAsync("insert into follows (follower_id, followee_id) values (@a, @c), (@c, @b), (@a, @b)", meId, target, third);

        await me.PostAsync($"/api/v1/users/{target}/block", null);

        (await ScalarAsync("select count(*) from follows", meId, target)).Should().Be(2);
    }

    [Fact]
    public async Task Block_FailingSave_LeavesFollowsInPlace()
    {
        // The follows delete runs inside the block's transaction: when the block's insert fails, the follows stay.
        var (me, target) = await TwoUsersAsync();
        var meId = await IdOfAsync(me);
        await ExecuteAsync("insert into follows (follower_id, followee_id) values (@a, @b), (@b, @a)", meId, target);
        await ExecuteAsync("alter table content_filters add constraint ck_test_no_block check (kind <> 'block') not valid", meId, target);
        try
        {
            (await me.PostAsync($"/api/v1/users/{target}/block", null)).IsSuccessStatusCode.Should().BeFalse();
        }
        finally
        {
            await ExecuteAsync("alter table content_filters drop constraint ck_test_no_block", meId, target);
        }

        (await ScalarAsync("select count(*) from follows where follower_id in (@a, @b)", meId, target)).Should().Be(2);
    }

    private async Task<(HttpClient Me, Guid Target)> TwoUsersAsync()
    {
        var target = await ProvisionAsync();
        var me = SignedIn(Guid.NewGuid());
        (await me.GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        return (me, target);
    }

    private async Task<Guid> ProvisionAsync()
    {
        var id = Guid.NewGuid();
        (await SignedIn(id).GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }

    private static async Task<Guid> IdOfAsync(HttpClient client) =>
        (await client.GetAsync("/api/v1/users/me").ReadJsonAsync()).GetProperty("id").GetGuid();

    private async Task ExecuteAsync(string sql, Guid a, Guid b, Guid? c = null)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("a", a);
        command.Parameters.AddWithValue("b", b);
        command.Parameters.AddWithValue("c", c ?? Guid.Empty);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql, Guid a, Guid b)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("a", a);
        command.Parameters.AddWithValue("b", b);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
