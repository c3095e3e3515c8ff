using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Reports;

public sealed class ReportTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private HttpClient Admin() => Factory.CreateUserClient(Guid.NewGuid(), "mod@example.com", appRole: "admin");

    [Fact]
    public async Task CreateReport_OnLivePost_Returns201WithOpenReport()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "Guaranteed 1000% returns, DM me");

        var json = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/reports",
            new { target_type = "post", target_id = postId, reason = "spam", details = "  scam link  " }).ReadJsonAsync(HttpStatusCode.Created);

        json.GetProperty("target_type").GetString().Should().Be("post");
        json.GetProperty("target_id").GetGuid().Should().Be(postId);
        json.GetProperty("reason").GetString().Should().Be("spam");
        json.GetProperty("details").GetString().Should().Be("scam link");
        json.GetProperty("status").GetString().Should().Be("open");
        json.GetProperty("created_at").GetString().Should().EndWith("Z");
    }

    [Theory]
    [InlineData("post")]
    [InlineData("comment")]
    [InlineData("user")]
    public async Task CreateReport_UnknownTarget_Returns404(string targetType)
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/reports",
            new { target_type = targetType, target_id = Guid.NewGuid(), reason = "other" });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task CreateReport_DeletedPost_Returns404()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "soon gone");
        (await author.DeleteAsync($"/api/v1/posts/{postId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/reports",
            new { target_type = "post", target_id = postId, reason = "spam" });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("""{"target_type": "post", "target_id": "ID", "reason": "boring"}""", "reason")]
    [InlineData("""{"target_type": "poll", "target_id": "ID", "reason": "spam"}""", "target_type")]
    [InlineData("""{"target_type": "post", "target_id": "ID"}""", "reason")]
    [InlineData("""{"target_type": "post", "target_id": "ID", "reason": "spam", "details": "DETAILS"}""", "details")]
    public async Task CreateReport_InvalidInput_Returns422NamingTheField(string body, string field)
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "hello");
        body = body.Replace("ID", postId.ToString(), StringComparison.Ordinal).Replace("DETAILS", new string('x', 1001), StringComparison.Ordinal);

        var response = await SignedIn(Guid.NewGuid()).PostAsync("/api/v1/reports", new StringContent(body, Encoding.UTF8, "application/json"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task CreateReport_Details1000Characters_Returns201()
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/reports",
            new { target_type = "post", target_id = postId, reason = "other", details = new string('é', 1000) });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreateReport_SecondOpenReportOfSameTarget_Returns409()
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");
        var reporter = SignedIn(Guid.NewGuid());
        await ReportAsync(reporter, "post", postId);

        var response = await reporter.PostAsJsonAsync("/api/v1/reports", new { target_type = "post", target_id = postId, reason = "harassment" });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
        error.GetProperty("message").GetString().Should().Contain("already reported");
    }

    [Fact]
    public async Task CreateReport_AfterFormerReportClosed_Returns201()
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");
        var reporter = SignedIn(Guid.NewGuid());
        var first = await ReportAsync(reporter, "post", postId);
        await Admin().PatchAsJsonAsync($"/api/v1/reports/{first}", new { status = "dismissed" }).ReadJsonAsync();

        var response = await reporter.PostAsJsonAsync("/api/v1/reports", new { target_type = "post", target_id = postId, reason = "spam" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task CreateReport_OnComment_Returns201()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "hello");
        var commentId = await CommentAsync(author, postId, "rude words");

        var json = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/reports",
            new { target_type = "comment", target_id = commentId, reason = "harassment" }).ReadJsonAsync(HttpStatusCode.Created);

        json.GetProperty("target_type").GetString().Should().Be("comment");
    }

    [Fact]
    public async Task ListReports_NotAdmin_Returns403()
    {
        var response = await SignedIn(Guid.NewGuid()).GetAsync("/api/v1/reports");

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    [Fact]
    public async Task ListReports_Admin_ReturnsNewestFirstWithReportersCountAndFilters()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "hello");
        var authorId = (await author.GetAsync("/api/v1/users/me").ReadJsonAsync()).GetProperty("id").GetGuid();
        var first = await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);
        var second = await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);
        var onUser = await ReportAsync(SignedIn(Guid.NewGuid()), "user", authorId);
        var admin = Admin();
        await admin.PatchAsJsonAsync($"/api/v1/reports/{first}", new { status = "dismissed" }).ReadJsonAsync();

        var all = (await admin.GetAsync("/api/v1/reports").ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var open = (await admin.GetAsync("/api/v1/reports?status=open&target_type=post").ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();

        all.Select(r => r.GetProperty("id").GetGuid()).Should().Equal(onUser, second, first);
        all[1].GetProperty("reporters_count").GetInt32().Should().Be(1, "the dismissed report no longer counts");
        open.Select(r => r.GetProperty("id").GetGuid()).Should().Equal(second);
        all[2].GetProperty("status").GetString().Should().Be("dismissed");
        all[2].GetProperty("resolved_at").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task ListReports_OpenReportsOfOneTarget_CountsEachReporter()
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");
        for (var i = 0; i < 3; i++)
        {
            await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);
        }

        var items = (await Admin().GetAsync("/api/v1/reports").ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();

        items.Should().HaveCount(3).And.OnlyContain(r => r.GetProperty("reporters_count").GetInt32() == 3);
    }

    [Fact]
    public async Task ListReports_LimitOne_PagesWithoutRepeats()
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId));
        }

        var admin = Admin();
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await admin.GetAsync($"/api/v1/reports?limit=1{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null && seen.Count < 10);

        seen.Should().Equal(ids.AsEnumerable().Reverse());
    }

    [Theory]
    [InlineData("status=closed", "status")]
    [InlineData("target_type=poll", "target_type")]
    [InlineData("cursor=zzz", "cursor")]
    public async Task ListReports_BadFilter_Returns422(string query, string field)
    {
        var response = await Admin().GetAsync($"/api/v1/reports?{query}");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task ModerateReport_ResolveWithDeleteContent_SoftDeletesPost()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "spam spam spam");
        var reportId = await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);

        var json = await Admin().PatchAsJsonAsync($"/api/v1/reports/{reportId}", new { status = "resolved", action = "delete_content" }).ReadJsonAsync();

        json.GetProperty("status").GetString().Should().Be("resolved");
        json.GetProperty("action").GetString().Should().Be("delete_content");
        json.GetProperty("resolved_by").GetGuid().Should().NotBeEmpty();
        json.GetProperty("reporters_count").GetInt32().Should().Be(0);
        await (await author.GetAsync($"/api/v1/posts/{postId}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task ModerateReport_ResolveWithDeleteContent_SoftDeletesComment()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "hello");
        var commentId = await CommentAsync(SignedIn(Guid.NewGuid()), postId, "rude");
        var reportId = await ReportAsync(author, "comment", commentId);

        await Admin().PatchAsJsonAsync($"/api/v1/reports/{reportId}", new { status = "resolved", action = "delete_content" }).ReadJsonAsync();

        var comments = await author.GetAsync($"/api/v1/posts/{postId}/comments").ReadJsonAsync();
        comments.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task ModerateReport_ResolveWithoutAction_KeepsContent()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await PostAsync(author, "borderline");
        var reportId = await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);

        var json = await Admin().PatchAsJsonAsync($"/api/v1/reports/{reportId}", new { status = "resolved" }).ReadJsonAsync();

        json.GetProperty("action").ValueKind.Should().Be(JsonValueKind.Null);
        (await author.GetAsync($"/api/v1/posts/{postId}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ModerateReport_AlreadyClosed_Returns409()
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");
        var reportId = await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);
        var admin = Admin();
        await admin.PatchAsJsonAsync($"/api/v1/reports/{reportId}", new { status = "dismissed" }).ReadJsonAsync();

        var response = await admin.PatchAsJsonAsync($"/api/v1/reports/{reportId}", new { status = "resolved" });

        await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
    }

    [Fact]
    public async Task ModerateReport_DeleteContentOnUser_Returns422()
    {
        var author = SignedIn(Guid.NewGuid());
        var authorId = (await author.GetAsync("/api/v1/users/me").ReadJsonAsync()).GetProperty("id").GetGuid();
        var reportId = await ReportAsync(SignedIn(Guid.NewGuid()), "user", authorId);

        var response = await Admin().PatchAsJsonAsync($"/api/v1/reports/{reportId}", new { status = "resolved", action = "delete_content" });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("action", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"status": "open"}""", "status")]
    [InlineData("""{}""", "status")]
    [InlineData("""{"status": "resolved", "action": "ban"}""", "action")]
    [InlineData("""{"status": "dismissed", "action": "delete_content"}""", "action")]
    public async Task ModerateReport_InvalidInput_Returns422(string body, string field)
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");
        var reportId = await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);

        var response = await Admin().PatchAsync($"/api/v1/reports/{reportId}", new StringContent(body, Encoding.UTF8, "application/json"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task ModerateReport_NotAdmin_Returns403AndLeavesReportOpen()
    {
        var postId = await PostAsync(SignedIn(Guid.NewGuid()), "hello");
        var reportId = await ReportAsync(SignedIn(Guid.NewGuid()), "post", postId);

        var response = await SignedIn(Guid.NewGuid()).PatchAsJsonAsync($"/api/v1/reports/{reportId}", new { status = "resolved", action = "delete_content" });

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        var items = (await Admin().GetAsync("/api/v1/reports?status=open").ReadJsonAsync()).GetProperty("items");
        items.GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task ModerateReport_UnknownReport_Returns404()
    {
        var response = await Admin().PatchAsJsonAsync($"/api/v1/reports/{Guid.NewGuid()}", new { status = "resolved" });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    private static async Task<Guid> PostAsync(HttpClient client, string content) =>
        (await client.PostAsJsonAsync("/api/v1/posts", new { content }).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> CommentAsync(HttpClient client, Guid postId, string content) =>
        (await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content }).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<Guid> ReportAsync(HttpClient client, string targetType, Guid targetId) =>
        (await client.PostAsJsonAsync("/api/v1/reports", new { target_type = targetType, target_id = targetId, reason = "spam" })
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
