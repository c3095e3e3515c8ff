namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Timestamps over the last N days with the rhythm of a trading crowd: busiest during US market hours,
/// quieter at night and at weekends, and slowly growing towards today.
/// </summary>
internal sealed class ActivityClock
{
    // UTC hour weights: pre-market from 12:00, the session 13:30-20:00, evening chatter, a quiet night.
    private static readonly double[] HourWeights =
    [
        0.35, 0.25, 0.18, 0.12, 0.10, 0.10, 0.12, 0.18, 0.25, 0.35, 0.45, 0.6,
        0.9, 1.6, 2.0, 1.8, 1.5, 1.5, 1.6, 1.8, 1.5, 1.1, 0.8, 0.55,
    ];

    private readonly DateTime _start;
    private readonly WeightedSampler _hours;

    public ActivityClock(DateTime now, int days)
    {
        Now = now;
        _start = now.Date.AddDays(-days + 1);
        var slots = (int)Math.Ceiling((now - _start).TotalHours);
        var weights = new double[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            var at = _start.AddHours(slot);
            var weekend = at.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.55 : 1.0;
            var growth = 1 + (double)slot / slots; // the platform doubles over the window
            weights[slot] = HourWeights[at.Hour] * weekend * growth;
        }

        _hours = new WeightedSampler(weights);
    }

    public DateTime Now { get; }

    public DateTime Start => _start;

    /// <summary>A moment in the window, never after now.</summary>
    public DateTime Next(Random random)
    {
        var at = _start.AddHours(_hours.Next(random)).AddSeconds(random.NextDouble() * 3600);
        return at < Now ? at : Now.AddSeconds(-random.NextDouble() * 60);
    }

    /// <summary>A reaction to something that happened at <paramref name="after"/>: mostly within hours.</summary>
    public DateTime After(Random random, DateTime after, double meanHours)
    {
        var at = after.AddHours(random.NextExponential(meanHours));
        return at < Now ? at : after + (Now - after) * random.NextDouble();
    }
}
