namespace PageShare.Infrastructure.Geolocation;

/// <summary>
/// After <see cref="IpApiOptions.CircuitBreakerFailureThreshold"/> failed lookups in a row, no call goes out for
/// the break duration; then one trial call decides whether to close again or break for another period.
/// </summary>
internal sealed class IpApiCircuitBreaker(IpApiOptions options, TimeProvider clock)
{
    private readonly Lock _sync = new();
    private int _consecutiveFailures;
    private DateTimeOffset? _openUntil;
    private bool _trialInFlight;

    public bool IsOpen
    {
        get
        {
            lock (_sync)
            {
                return _openUntil is { } until && clock.GetUtcNow() < until;
            }
        }
    }

    /// <summary>Whether a call may go out now; after the break only one trial call is let through.</summary>
    public bool TryEnter()
    {
        lock (_sync)
        {
            if (_openUntil is not { } until)
            {
                return true;
            }

            if (clock.GetUtcNow() < until || _trialInFlight)
            {
                return false;
            }

            _trialInFlight = true;
            return true;
        }
    }

    public void RecordSuccess()
    {
        lock (_sync)
        {
            _consecutiveFailures = 0;
            _openUntil = null;
            _trialInFlight = false;
        }
    }

    /// <summary>Returns true when this failure opened the circuit.</summary>
    public bool RecordFailure()
    {
        lock (_sync)
        {
            _consecutiveFailures++;
            var wasTrial = _trialInFlight;
            _trialInFlight = false;
            var now = clock.GetUtcNow();
            if (!wasTrial && _openUntil is { } until && now < until)
            {
                return false; // a call that started before the circuit opened
            }

            if (wasTrial || _consecutiveFailures >= options.CircuitBreakerFailureThreshold)
            {
                _openUntil = now + options.CircuitBreakerBreakDuration;
                return true;
            }

            return false;
        }
    }

    /// <summary>The trial call ended without an answer about ip-api's health (rate limit, cancellation).</summary>
    public void RecordNeutral()
    {
        lock (_sync)
        {
            _trialInFlight = false;
        }
    }
}
