namespace PageShare.Infrastructure.Geolocation;

/// <summary>Lets a repeating warning through once per <see cref="IpApiOptions.WarningInterval"/>.</summary>
internal sealed class IpApiWarningThrottle(IpApiOptions options, TimeProvider clock)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, DateTimeOffset> _lastWarned = new(StringComparer.Ordinal);

    public bool ShouldWarn(string topic)
    {
        lock (_sync)
        {
            var now = clock.GetUtcNow();
            if (_lastWarned.TryGetValue(topic, out var last) && now - last < options.WarningInterval)
            {
                return false;
            }

            _lastWarned[topic] = now;
            return true;
        }
    }
}
