using System.Net;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Follows;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Users;

/// <summary>The <c>viewer</c> block of a profile: the signed-in caller's follows, mute and block towards that user.</summary>
public sealed class ProfileViewerTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task GetUser_NoRelation_ViewerAllFalse()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);

        var viewer = await ViewerAsync(me, other);

        viewer.Should().Be(new Flags(false, false, false, false));
    }

    [Fact]
    public async Task GetUser_ViewerFollowsThem_FollowingTrue()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(other);

        (await ViewerAsync(me, other)).Should().Be(new Flags(true, false, false, false));
        (await ViewerAsync(other, me)).Should().Be(new Flags(false, true, false, false));
    }

    [Fact]
    public async Task GetUser_FollowingEachOther_BothFlags()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(other);
        await other.FollowAsync(me);

        (await ViewerAsync(me, other)).Should().Be(new Flags(true, true, false, false));
    }

    [Fact]
    public async Task GetUser_ViewerMutedThem_MutedTrueAndOnlyForTheMuter()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(other);
        (await me.Client.PostAsync($"/api/v1/users/{other.Id}/mute", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ViewerAsync(me, other)).Should().Be(new Flags(true, false, true, false));
        (await ViewerAsync(other, me)).Should().Be(new Flags(false, true, false, false));
    }

    [Fact]
    public async Task GetUser_ViewerBlockedThem_BlockedTrueAndFollowsGone()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(other);
        await other.FollowAsync(me);
        (await me.Client.PostAsync($"/api/v1/users/{other.Id}/block", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ViewerAsync(me, other)).Should().Be(new Flags(false, false, false, true));
        var blockedSide = await other.Client.GetAsync($"/api/v1/users/{me.Id}");
        await blockedSide.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task GetUser_Self_ViewerAllFalse()
    {
        var me = await SocialTestData.UserAsync(Factory);

        (await ViewerAsync(me, me)).Should().Be(new Flags(false, false, false, false));
    }

    [Fact]
    public async Task GetUser_Anonymous_ViewerNull()
    {
        var other = await SocialTestData.UserAsync(Factory);
        await (await SocialTestData.UserAsync(Factory)).FollowAsync(other);

        var byId = await Anonymous.GetAsync($"/api/v1/users/{other.Id}").ReadJsonAsync();
        var byName = await Anonymous.GetAsync($"/api/v1/users/by-username/{byId.GetProperty("username").GetString()}").ReadJsonAsync();

        byId.GetProperty("viewer").ValueKind.Should().Be(JsonValueKind.Null);
        byName.GetProperty("viewer").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetUserByUsername_SignedIn_CarriesTheSameFlags()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await other.FollowAsync(me);
        var username = (await Anonymous.GetAsync($"/api/v1/users/{other.Id}").ReadJsonAsync()).GetProperty("username").GetString();

        var json = await me.Client.GetAsync($"/api/v1/users/by-username/{username!.ToUpperInvariant()}").ReadJsonAsync();

        ToFlags(json.GetProperty("viewer")).Should().Be(new Flags(false, true, false, false));
    }

    [Fact]
    public async Task GetCurrentUser_OwnProfile_ViewerNull()
    {
        var me = await SocialTestData.UserAsync(Factory);

        var json = await me.Client.GetAsync("/api/v1/users/me").ReadJsonAsync();

        json.GetProperty("viewer").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetUser_OtherProfile_CostsAtMostOneQueryMoreThanOwn()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(other);
        await me.Client.GetAsync($"/api/v1/users/{other.Id}").ReadJsonAsync();

        var own = await CountQueriesAsync(() => me.Client.GetAsync($"/api/v1/users/{me.Id}"));
        var others = await CountQueriesAsync(() => me.Client.GetAsync($"/api/v1/users/{other.Id}"));

        (others - own).Should().BeInRange(0, 1);
    }

    private static async Task<Flags> ViewerAsync(TestUser viewer, TestUser profile) =>
        ToFlags((await viewer.Client.GetAsync($"/api/v1/users/{profile.Id}").ReadJsonAsync()).GetProperty("viewer"));

    private static Flags ToFlags(JsonElement viewer) => new(
        viewer.GetProperty("following").GetBoolean(),
        viewer.GetProperty("followed_by").GetBoolean(),
        viewer.GetProperty("muted").GetBoolean(),
        viewer.GetProperty("blocked").GetBoolean());

    private async Task<int> CountQueriesAsync(Func<Task<HttpResponseMessage>> request)
    {
        using var counter = new SqlCommandCounter(Factory.ConnectionString);
        (await request()).StatusCode.Should().Be(HttpStatusCode.OK);
        counter.Count.Should().BePositive("the counter must see this host's queries");
        return counter.Count;
    }

    private sealed record Flags(bool Following, bool FollowedBy, bool Muted, bool Blocked);
}
