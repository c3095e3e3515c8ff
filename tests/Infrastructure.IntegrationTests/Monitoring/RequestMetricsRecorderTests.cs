using PageShare.Infrastructure.Monitoring;
using PageShare.TestSupport.Auth;

namespace PageShare.Infrastructure.IntegrationTests.Monitoring;

public sealed class RequestMetricsRecorderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 30, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Start);

    [Fact]
    public void Snapshot_LatenciesOneToThousandMs_PercentilesWithinBucketPrecision()
    {
        var recorder = Recorder();
        foreach (var ms in Enumerable.Range(1, 1000).Reverse())
        {
            recorder.Record("GET /a", 200, TimeSpan.FromMilliseconds(ms));
        }

        var snapshot = recorder.Snapshot(10);

        snapshot.Requests.Should().Be(1000);
        snapshot.Latency.P50.Should().BeApproximately(500, 500 * 0.05);
        snapshot.Latency.P95.Should().BeApproximately(950, 950 * 0.05);
        snapshot.Latency.P99.Should().BeApproximately(990, 990 * 0.05);
        snapshot.Routes.Should().ContainSingle().Which.Latency.Should().Be(snapshot.Latency);
    }

    [Fact]
    public void Snapshot_OneSlowRequestInHundred_ShowsOnlyInP99()
    {
        var recorder = Recorder();
        for (var i = 0; i < 99; i++)
        {
            recorder.Record("GET /a", 200, TimeSpan.FromMilliseconds(10));
        }

        recorder.Record("GET /a", 200, TimeSpan.FromSeconds(3));

        var latency = recorder.Snapshot(10).Latency;

        latency.P50.Should().BeApproximately(10, 0.5);
        latency.P95.Should().BeApproximately(10, 0.5);
        latency.P99.Should().BeApproximately(10, 0.5);
        recorder.Record("GET /a", 200, TimeSpan.FromSeconds(3));
        recorder.Snapshot(10).Latency.P99.Should().BeApproximately(3000, 3000 * 0.05);
    }

    [Fact]
    public void Snapshot_StatusCodes_GiveServerAndClientErrorShares()
    {
        var recorder = Recorder();
        Record(recorder, "GET /a", 200, 6);
        Record(recorder, "GET /a", 404, 1);
        Record(recorder, "GET /a", 422, 1);
        Record(recorder, "POST /b", 500, 1);
        Record(recorder, "POST /b", 503, 1);

        var snapshot = recorder.Snapshot(10);

        snapshot.Requests.Should().Be(10);
        snapshot.ErrorRate.Should().Be(0.2);
        snapshot.ClientErrorRate.Should().Be(0.2);
        var post = snapshot.Routes.Single(r => r.Route == "POST /b");
        post.ErrorRate.Should().Be(1);
        post.ClientErrorRate.Should().Be(0);
    }

    [Fact]
    public void Snapshot_TopRoutes_BusiestFirstAndCapped()
    {
        var recorder = Recorder();
        Record(recorder, "GET /quiet", 200, 1);
        Record(recorder, "GET /busy", 200, 5);
        Record(recorder, "GET /middle", 200, 3);

        var snapshot = recorder.Snapshot(2);

        snapshot.Routes.Select(r => (r.Route, r.Requests)).Should().Equal(("GET /busy", 5L), ("GET /middle", 3L));
        snapshot.Requests.Should().Be(9, "the totals count every route, not only the top ones");
    }

    [Fact]
    public void Snapshot_RequestsOlderThanTheWindow_DropOut()
    {
        var recorder = Recorder(windowMinutes: 5);
        Record(recorder, "GET /old", 500, 2);
        _clock.Advance(TimeSpan.FromMinutes(4));
        Record(recorder, "GET /new", 200, 3);

        recorder.Snapshot(10).Requests.Should().Be(5, "four minutes ago is inside a five-minute window");

        _clock.Advance(TimeSpan.FromMinutes(1));
        var snapshot = recorder.Snapshot(10);

        snapshot.Requests.Should().Be(3);
        snapshot.ErrorRate.Should().Be(0);
        snapshot.Routes.Should().ContainSingle().Which.Route.Should().Be("GET /new");
    }

    [Fact]
    public void Record_SlotReusedAfterAFullTurn_ForgetsTheOldMinute()
    {
        var recorder = Recorder(windowMinutes: 5);
        Record(recorder, "GET /a", 200, 4);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Record(recorder, "GET /a", 200, 1);

        recorder.Snapshot(10).Requests.Should().Be(1);
    }

    [Fact]
    public void Snapshot_NoRequests_HasNoPercentiles()
    {
        var snapshot = Recorder().Snapshot(10);

        snapshot.Requests.Should().Be(0);
        snapshot.ErrorRate.Should().Be(0);
        snapshot.Latency.P50.Should().BeNull();
        snapshot.Routes.Should().BeEmpty();
    }

    private RequestMetricsRecorder Recorder(int windowMinutes = 15) =>
        new(MonitoringOptions.Default with { WindowMinutes = windowMinutes }, _clock);

    private static void Record(RequestMetricsRecorder recorder, string route, int status, int times)
    {
        for (var i = 0; i < times; i++)
        {
            recorder.Record(route, status, TimeSpan.FromMilliseconds(5));
        }
    }
}
