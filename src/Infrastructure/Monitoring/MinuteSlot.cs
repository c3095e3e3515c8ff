namespace PageShare.Infrastructure.Monitoring;

/// <summary>The requests of one route in one wall-clock minute.</summary>
internal sealed class MinuteSlot
{
    public long Minute { get; private set; } = long.MinValue;

    public long Requests { get; private set; }

    public long ClientErrors { get; private set; }

    public long ServerErrors { get; private set; }

    public LatencyHistogram Latency { get; } = new();

    public void Reset(long minute)
    {
        Minute = minute;
        Requests = 0;
        ClientErrors = 0;
        ServerErrors = 0;
        Latency.Clear();
    }

    public void Add(int statusCode, double elapsedMs)
    {
        Requests++;
        if (statusCode >= 500)
        {
            ServerErrors++;
        }
        else if (statusCode >= 400)
        {
            ClientErrors++;
        }

        Latency.Add(elapsedMs);
    }
}
