using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Api.IntegrationTests.Activity;

public sealed class ActivityTrackingTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private static readonly TimeSpan Precision = TimeSpan.FromMilliseconds(1); // timestamptz keeps microseconds

    [Fact]
    public async Task Requests_OneUser_OneSessionCountingEveryRequest()
    {
        await using var host = new ActivityHost(Factory);
        var userId = Guid.NewGuid();
        var start = host.Clock.GetUtcNow();

        await host.RequestsAsync(userId, 3);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await host.RequestsAsync(userId, 2);
        await host.FlushAsync();

        var session = (await host.SessionsAsync(userId)).Should().ContainSingle().Subject;
        session.RequestCount.Should().Be(5);
        session.StartedAt.Should().BeCloseTo(start, Precision);
        session.LastSeenAt.Should().BeCloseTo(start.AddMinutes(2), Precision);
        (await host.LastActiveAtAsync(userId)).Should().BeCloseTo(start.AddMinutes(2), Precision);
    }

    [Fact]
    public async Task Requests_AcrossFlushesWithinThirtyMinutes_ExtendTheSameSession()
    {
        await using var host = new ActivityHost(Factory);
        var userId = Guid.NewGuid();

        await host.RequestsAsync(userId, 2);
        await host.FlushAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(29));
        await host.RequestsAsync(userId, 3);
        await host.FlushAsync();

        var session = (await host.SessionsAsync(userId)).Should().ContainSingle().Subject;
        session.RequestCount.Should().Be(5);
        (session.LastSeenAt - session.StartedAt).Should().BeCloseTo(TimeSpan.FromMinutes(29), Precision);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Requests_After31MinutesOfSilence_OpenASecondSession(bool flushBetween)
    {
        await using var host = new ActivityHost(Factory);
        var userId = Guid.NewGuid();

        await host.RequestsAsync(userId, 2);
        if (flushBetween)
        {
            await host.FlushAsync();
        }

        host.Clock.Advance(TimeSpan.FromMinutes(31));
        await host.RequestsAsync(userId, 3);
        await host.FlushAsync();

        var sessions = await host.SessionsAsync(userId);
        sessions.Select(s => s.RequestCount).Should().Equal(2, 3);
        (sessions[1].StartedAt - sessions[0].LastSeenAt).Should().BeCloseTo(TimeSpan.FromMinutes(31), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task LastActiveAt_WrittenAtMostOncePerFiveMinutes()
    {
        await using var host = new ActivityHost(Factory);
        var userId = Guid.NewGuid();
        var start = host.Clock.GetUtcNow();

        await host.RequestsAsync(userId, 1);
        await host.FlushAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(4));
        await host.RequestsAsync(userId, 1);
        await host.FlushAsync();

        (await host.LastActiveAtAsync(userId)).Should().BeCloseTo(start, Precision, "four minutes later is within the five-minute resolution");

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await host.RequestsAsync(userId, 1);
        await host.FlushAsync();

        (await host.LastActiveAtAsync(userId)).Should().BeCloseTo(start.AddMinutes(6), Precision);
    }

    [Fact]
    public async Task Stop_CleanShutdown_WritesWhatIsBuffered()
    {
        var userId = Guid.NewGuid();
        var host = new ActivityHost(Factory);
        await host.RequestsAsync(userId, 4);
        (await host.SessionsAsync(userId)).Should().BeEmpty("nothing flushes before the hour-long timer");

        await host.DisposeAsync();

        (await host.SessionsAsync(userId)).Should().ContainSingle().Which.RequestCount.Should().Be(4);
    }

    [Fact]
    public async Task Flush_ManyUsers_SameNumberOfCommandsAsOneUser()
    {
        await using var host = new ActivityHost(Factory);
        var users = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        foreach (var userId in users)
        {
            await host.RequestsAsync(userId, 2);
        }

        await host.FlushAsync();
        using var counter = new SqlCommandCounter(Factory.ConnectionString);
        host.Service<IActivityRecorder>().Record(users[0]);
        await host.FlushAsync();
        var forOne = counter.Count;

        // Six users after a 40-minute gap: six new sessions and six last_active_at updates, still two statements.
        counter.Reset();
        host.Clock.Advance(TimeSpan.FromMinutes(40));
        foreach (var userId in users)
        {
            host.Service<IActivityRecorder>().Record(userId);
        }

        await host.FlushAsync();

        forOne.Should().Be(2, "an advisory lock statement and one write statement");
        counter.Count.Should().Be(forOne);
        foreach (var userId in users)
        {
            (await host.SessionsAsync(userId)).Should().HaveCount(2);
        }
    }

    [Fact]
    public async Task Flush_UserWithoutProfileRow_IsSkippedAndTheOthersWritten()
    {
        await using var host = new ActivityHost(Factory);
        var known = Guid.NewGuid();
        var unknown = Guid.NewGuid();
        await host.RequestsAsync(known, 1);
        host.Service<IActivityRecorder>().Record(unknown);

        await host.FlushAsync();

        (await host.SessionsAsync(known)).Should().ContainSingle();
        (await host.SessionsAsync(unknown)).Should().BeEmpty();
    }

    [Fact]
    public async Task Requests_AnonymousSupabaseUser_CountAsActivity()
    {
        await using var host = new ActivityHost(Factory);
        var userId = Guid.NewGuid();
        var client = host.Client(userId);
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.TokenFor(userId, isAnonymous: true));

        (await client.GetAsync("/api/v1/users/me")).EnsureSuccessStatusCode();
        await host.FlushAsync();

        (await host.SessionsAsync(userId)).Should().ContainSingle().Which.RequestCount.Should().Be(1);
    }
}
