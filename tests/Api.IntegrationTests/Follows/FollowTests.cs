using System.Net;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Follows;

public sealed class FollowTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task FollowUser_Twice_Returns200AndCountsOnce()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);

        var first = await me.Client.PostAsync($"/api/v1/users/{other.Id}/follow", null).ReadJsonAsync();
        var second = await me.Client.PostAsync($"/api/v1/users/{other.Id}/follow", null).ReadJsonAsync();

        first.GetProperty("following").GetBoolean().Should().BeTrue();
        first.GetProperty("followers_count").GetInt32().Should().Be(1);
        second.GetProperty("followers_count").GetInt32().Should().Be(1);
        var profile = await Anonymous.GetAsync($"/api/v1/users/{other.Id}").ReadJsonAsync();
        profile.GetProperty("followers_count").GetInt32().Should().Be(1);
        var mine = await me.Client.GetAsync("/api/v1/users/me").ReadJsonAsync();
        mine.GetProperty("following_count").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task FollowUser_TenUsersInParallel_CountsExactlyTen()
    {
        var target = await SocialTestData.UserAsync(Factory);
        var followers = new List<TestUser>();
        for (var i = 0; i < 10; i++)
        {
            followers.Add(await SocialTestData.UserAsync(Factory));
        }

        var responses = await Task.WhenAll(followers.Select(f => f.Client.PostAsync($"/api/v1/users/{target.Id}/follow", null)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var profile = await Anonymous.GetAsync($"/api/v1/users/{target.Id}").ReadJsonAsync();
        profile.GetProperty("followers_count").GetInt32().Should().Be(10);
    }

    [Fact]
    public async Task FollowUser_SameUserInParallel_CountsOnce()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var target = await SocialTestData.UserAsync(Factory);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => me.Client.PostAsync($"/api/v1/users/{target.Id}/follow", null)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var profile = await Anonymous.GetAsync($"/api/v1/users/{target.Id}").ReadJsonAsync();
        profile.GetProperty("followers_count").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task FollowUser_Self_Returns422()
    {
        var me = await SocialTestData.UserAsync(Factory);

        await (await me.Client.PostAsync($"/api/v1/users/{me.Id}/follow", null)).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        await (await me.Client.DeleteAsync($"/api/v1/users/{me.Id}/follow")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task FollowUser_UnknownUser_Returns404()
    {
        var me = await SocialTestData.UserAsync(Factory);

        await (await me.Client.PostAsync($"/api/v1/users/{Guid.NewGuid()}/follow", null)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await me.Client.DeleteAsync($"/api/v1/users/{Guid.NewGuid()}/follow")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FollowUser_EitherSideBlocked_Returns403AndFollowsNothing(bool iBlocked)
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await (iBlocked ? SocialTestData.FilterAsync(Factory, me.Id, other.Id) : SocialTestData.FilterAsync(Factory, other.Id, me.Id));

        var response = await me.Client.PostAsync($"/api/v1/users/{other.Id}/follow", null);

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        var profile = await Anonymous.GetAsync($"/api/v1/users/{other.Id}").ReadJsonAsync();
        profile.GetProperty("followers_count").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task FollowUser_OnlyMuted_IsAllowed()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await SocialTestData.FilterAsync(Factory, me.Id, other.Id, "mute");

        var json = await me.Client.PostAsync($"/api/v1/users/{other.Id}/follow", null).ReadJsonAsync();

        json.GetProperty("following").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task UnfollowUser_Following_Returns204AndIsIdempotent()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(other);

        var first = await me.Client.DeleteAsync($"/api/v1/users/{other.Id}/follow");
        var second = await me.Client.DeleteAsync($"/api/v1/users/{other.Id}/follow");

        first.StatusCode.Should().Be(HttpStatusCode.NoContent);
        second.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var profile = await Anonymous.GetAsync($"/api/v1/users/{other.Id}").ReadJsonAsync();
        profile.GetProperty("followers_count").GetInt32().Should().Be(0);
        var mine = await me.Client.GetAsync("/api/v1/users/me").ReadJsonAsync();
        mine.GetProperty("following_count").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task FollowUser_WithoutToken_Returns401()
    {
        var other = await SocialTestData.UserAsync(Factory);

        await (await Anonymous.PostAsync($"/api/v1/users/{other.Id}/follow", null)).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        await (await Anonymous.DeleteAsync($"/api/v1/users/{other.Id}/follow")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task FollowUser_AnonymousSession_Returns403()
    {
        var other = await SocialTestData.UserAsync(Factory);
        var guest = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        await (await guest.PostAsync($"/api/v1/users/{other.Id}/follow", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await guest.DeleteAsync($"/api/v1/users/{other.Id}/follow")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }
}
