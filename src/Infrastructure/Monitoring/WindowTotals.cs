using PageShare.Application.Metrics.Queries.GetHealthMetrics;

namespace PageShare.Infrastructure.Monitoring;

/// <summary>Sums minute slots (of one route or of all) into the figures the health endpoint shows.</summary>
internal sealed class WindowTotals
{
    private readonly LatencyHistogram _latency = new();

    public long Requests { get; private set; }

    private long ClientErrors { get; set; }

    private long ServerErrors { get; set; }

    public void Add(MinuteSlot slot)
    {
        Requests += slot.Requests;
        ClientErrors += slot.ClientErrors;
        ServerErrors += slot.ServerErrors;
        _latency.Add(slot.Latency);
    }

    public void Add(WindowTotals other)
    {
        Requests += other.Requests;
        ClientErrors += other.ClientErrors;
        ServerErrors += other.ServerErrors;
        _latency.Add(other._latency);
    }

    public double ErrorRate => Share(ServerErrors);

    public double ClientErrorRate => Share(ClientErrors);

    public LatencyDto Latency => new(_latency.Percentile(0.50), _latency.Percentile(0.95), _latency.Percentile(0.99));

    private double Share(long part) => Requests == 0 ? 0 : Math.Round((double)part / Requests, 4);
}
