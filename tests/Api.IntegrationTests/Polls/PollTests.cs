using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Polls;

public sealed class PollTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task VotePoll_FirstVote_Returns200WithCountsAndViewerVote()
    {
        var (_, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        var voter = SignedIn(Guid.NewGuid());

        var poll = await voter.PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[1] }).ReadJsonAsync();

        poll.GetProperty("id").GetGuid().Should().Be(pollId);
        poll.GetProperty("total_votes").GetInt32().Should().Be(1);
        poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()).Should().Equal(0, 1);
        poll.GetProperty("viewer_vote_option_id").GetGuid().Should().Be(options[1]);
        poll.GetProperty("is_expired").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task VotePoll_Voted_PostShowsTheViewersVote()
    {
        var (postId, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        var voter = SignedIn(Guid.NewGuid());
        await voter.PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[0] }).ReadJsonAsync();

        var post = await voter.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();

        post.GetProperty("poll").GetProperty("viewer_vote_option_id").GetGuid().Should().Be(options[0]);
        post.GetProperty("poll").GetProperty("total_votes").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task VotePoll_SecondVote_Returns409AndKeepsTheFirst(int secondOption)
    {
        var (_, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        var voter = SignedIn(Guid.NewGuid());
        await voter.PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[0] }).ReadJsonAsync();

        var response = await voter.PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[secondOption] });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
        error.GetProperty("message").GetString().Should().Contain("already voted");
        var results = await voter.GetAsync($"/api/v1/polls/{pollId}/results").ReadJsonAsync();
        results.GetProperty("total_votes").GetInt32().Should().Be(1);
        results.GetProperty("viewer_vote_option_id").GetGuid().Should().Be(options[0]);
    }

    [Fact]
    public async Task VotePoll_SameUserConcurrently_CountsOneVoteAndRefusesTheRest()
    {
        var (_, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        var voterId = Guid.NewGuid();
        await SignedIn(voterId).GetAsync("/api/v1/users/me").ReadJsonAsync(); // provisioned first: the race under test is the vote's

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            SignedIn(voterId).PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[i % 2] })));

        responses.Select(r => r.StatusCode).Should().ContainSingle(s => s == HttpStatusCode.OK)
            .And.AllSatisfy(s => s.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict));
        var results = await Anonymous.GetAsync($"/api/v1/polls/{pollId}/results").ReadJsonAsync();
        results.GetProperty("total_votes").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task VotePoll_TwentyUsersConcurrently_CountsEveryVote()
    {
        var (_, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        var voters = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        foreach (var voter in voters)
        {
            await SignedIn(voter).GetAsync("/api/v1/users/me").ReadJsonAsync();
        }

        var responses = await Task.WhenAll(voters.Select((v, i) =>
            SignedIn(v).PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[i % 2] })));

        responses.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.OK));
        var results = await Anonymous.GetAsync($"/api/v1/polls/{pollId}/results").ReadJsonAsync();
        results.GetProperty("total_votes").GetInt32().Should().Be(20);
        results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()).Should().Equal(10, 10);
    }

    [Fact]
    public async Task VotePoll_AfterEndsAt_Returns409()
    {
        var (_, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        await EndPollAsync(pollId);

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[0] });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
        error.GetProperty("message").GetString().Should().Contain("closed");
    }

    [Fact]
    public async Task VotePoll_OptionOfAnotherPoll_Returns422ForOptionId()
    {
        var author = SignedIn(Guid.NewGuid());
        var (_, pollId, _) = await CreatePollAsync(author);
        var (_, _, otherOptions) = await CreatePollAsync(author);

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = otherOptions[0] });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("option_id", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task VotePoll_MissingOptionId_Returns422ForOptionId()
    {
        var (_, pollId, _) = await CreatePollAsync(SignedIn(Guid.NewGuid()));

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("option_id", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task VotePoll_UnknownPoll_Returns404()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync($"/api/v1/polls/{Guid.NewGuid()}/votes", new { option_id = Guid.NewGuid() });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task VotePoll_PollOfDeletedPost_Returns404()
    {
        var author = SignedIn(Guid.NewGuid());
        var (postId, pollId, options) = await CreatePollAsync(author);
        (await author.DeleteAsync($"/api/v1/posts/{postId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[0] });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await Anonymous.GetAsync($"/api/v1/polls/{pollId}/results")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task VotePoll_WithoutToken_Returns401()
    {
        var (_, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));

        var response = await Anonymous.PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[0] });

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task GetPollResults_WithoutToken_ReturnsCountsAndNoViewerVote()
    {
        var (_, pollId, options) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        await SignedIn(Guid.NewGuid()).PostAsJsonAsync($"/api/v1/polls/{pollId}/votes", new { option_id = options[0] }).ReadJsonAsync();

        var poll = await Anonymous.GetAsync($"/api/v1/polls/{pollId}/results").ReadJsonAsync();

        poll.GetProperty("total_votes").GetInt32().Should().Be(1);
        poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("text").GetString()).Should().Equal("Up", "Down");
        poll.GetProperty("viewer_vote_option_id").ValueKind.Should().Be(JsonValueKind.Null);
        poll.GetProperty("ends_at").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task GetPollResults_AfterEndsAt_IsExpired()
    {
        var (_, pollId, _) = await CreatePollAsync(SignedIn(Guid.NewGuid()));
        await EndPollAsync(pollId);

        var poll = await Anonymous.GetAsync($"/api/v1/polls/{pollId}/results").ReadJsonAsync();

        poll.GetProperty("is_expired").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task GetPollResults_UnknownPoll_Returns404()
    {
        var response = await Anonymous.GetAsync($"/api/v1/polls/{Guid.NewGuid()}/results");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    private static async Task<(Guid PostId, Guid PollId, Guid[] Options)> CreatePollAsync(HttpClient author)
    {
        var post = await author.PostAsJsonAsync("/api/v1/posts",
            new { content = "Where does $SPY close?", poll = new { options = new[] { "Up", "Down" }, duration_hours = 24 } })
            .ReadJsonAsync(HttpStatusCode.Created);
        var poll = post.GetProperty("poll");
        return (post.GetProperty("id").GetGuid(), poll.GetProperty("id").GetGuid(),
            poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToArray());
    }

    // ck_polls_ends_after_start wants ends_at > created_at: move both into the past.
    private async Task EndPollAsync(Guid pollId)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "update polls set created_at = now() - interval '2 days', ends_at = now() - interval '1 minute' where id = @id", connection);
        command.Parameters.AddWithValue("id", pollId);
        (await command.ExecuteNonQueryAsync()).Should().Be(1);
    }
}
