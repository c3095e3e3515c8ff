using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Follows;

public sealed class SuggestionTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task GetSuggestions_FollowedByPeopleYouFollow_RankedByHowMany()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var a = await SocialTestData.UserAsync(Factory);
        var b = await SocialTestData.UserAsync(Factory);
        var x = await SocialTestData.UserAsync(Factory);
        var y = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(a);
        await me.FollowAsync(b);
        await a.FollowAsync(y);
        await a.FollowAsync(x);
        await b.FollowAsync(x);

        var items = await SuggestionsAsync(me);

        items.Select(i => (i.Id, i.Reason, i.Score)).Should().Equal(
            (x.Id, "followed_by_people_you_follow", 2),
            (y.Id, "followed_by_people_you_follow", 1));
    }

    [Fact]
    public async Task GetSuggestions_AllSources_RankedByReasonAndEachUserOnce()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var friend = await SocialTestData.UserAsync(Factory);
        var friendOfFriend = await SocialTestData.UserAsync(Factory);
        var tickerPeer = await SocialTestData.UserAsync(Factory);
        var interestPeer = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(friend);
        await friend.FollowAsync(friendOfFriend);
        await me.PostAsync("Long $TSLA");
        await tickerPeer.PostAsync("Selling $TSLA");
        await friendOfFriend.PostAsync("$TSLA to the moon");
        await SetInterestsAsync(me, "Value investing");
        await SetInterestsAsync(interestPeer, "value INVESTING");
        await SetInterestsAsync(friendOfFriend, "Value investing");

        var items = await SuggestionsAsync(me);

        items.Select(i => (i.Id, i.Reason)).Should().Equal(
            (friendOfFriend.Id, "followed_by_people_you_follow"),
            (tickerPeer.Id, "shared_tickers"),
            (interestPeer.Id, "shared_interests"));
        items.Single(i => i.Id == tickerPeer.Id).User.GetProperty("username").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task GetSuggestions_TickerListedAsInterest_MatchesPostsAboutIt()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var peer = await SocialTestData.UserAsync(Factory);
        await SetInterestsAsync(me, "$NVDA");
        await peer.PostAsync("Watching $nvda earnings");

        var items = await SuggestionsAsync(me);

        items.Select(i => (i.Id, i.Reason)).Should().Equal((peer.Id, "shared_tickers"));
    }

    [Fact]
    public async Task GetSuggestions_NothingInCommon_PopularByFollowers()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var star = await SocialTestData.UserAsync(Factory);
        var known = await SocialTestData.UserAsync(Factory);
        var fan1 = await SocialTestData.UserAsync(Factory);
        var fan2 = await SocialTestData.UserAsync(Factory);
        await fan1.FollowAsync(star);
        await fan2.FollowAsync(star);
        await fan1.FollowAsync(known);

        var items = await SuggestionsAsync(me);

        items.Should().OnlyContain(i => i.Reason == "popular");
        items.Take(2).Select(i => (i.Id, i.Score)).Should().Equal((star.Id, 2), (known.Id, 1));
        items.Select(i => i.Id).Should().BeEquivalentTo([star.Id, known.Id, fan1.Id, fan2.Id]);
    }

    [Fact]
    public async Task GetSuggestions_NeverSelfFollowedMutedBlockedOrBlocking()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var friend = await SocialTestData.UserAsync(Factory);
        var muted = await SocialTestData.UserAsync(Factory);
        var blocked = await SocialTestData.UserAsync(Factory);
        var blocking = await SocialTestData.UserAsync(Factory);
        var alreadyFollowed = await SocialTestData.UserAsync(Factory);
        var fine = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(friend);
        await me.FollowAsync(alreadyFollowed);
        foreach (var user in new[] { me, muted, blocked, blocking, alreadyFollowed, fine })
        {
            await friend.FollowAsync(user);
        }

        await SocialTestData.FilterAsync(Factory, me.Id, muted.Id, "mute");
        await SocialTestData.FilterAsync(Factory, me.Id, blocked.Id);
        await SocialTestData.FilterAsync(Factory, blocking.Id, me.Id);

        var items = await SuggestionsAsync(me);

        items.Select(i => (i.Id, i.Reason)).Should().Equal((fine.Id, "followed_by_people_you_follow"));
    }

    [Fact]
    public async Task GetSuggestions_Limit_CapsTheList()
    {
        var me = await SocialTestData.UserAsync(Factory);
        for (var i = 0; i < 3; i++)
        {
            await SocialTestData.UserAsync(Factory);
        }

        (await SuggestionsAsync(me, "?limit=2")).Should().HaveCount(2);
        (await SuggestionsAsync(me)).Should().HaveCount(3);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    public async Task GetSuggestions_LimitOutOfRange_Returns422(string limit)
    {
        var me = await SocialTestData.UserAsync(Factory);

        var response = await me.Client.GetAsync($"/api/v1/users/suggestions?limit={limit}");

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task GetSuggestions_WithoutToken_Returns401()
    {
        var response = await Anonymous.GetAsync("/api/v1/users/suggestions");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    private static async Task SetInterestsAsync(TestUser user, params string[] interests) =>
        await user.Client.PatchAsJsonAsync("/api/v1/users/me", new { interests }).ReadJsonAsync();

    private static async Task<List<Suggestion>> SuggestionsAsync(TestUser user, string query = "")
    {
        var json = await user.Client.GetAsync($"/api/v1/users/suggestions{query}").ReadJsonAsync();
        return json.GetProperty("items").EnumerateArray().Select(i => new Suggestion(
            i.GetProperty("user").GetProperty("id").GetGuid(), i.GetProperty("reason").GetString()!, i.GetProperty("score").GetInt32(),
            i.GetProperty("user"))).ToList();
    }

    private sealed record Suggestion(Guid Id, string Reason, int Score, JsonElement User);
}
