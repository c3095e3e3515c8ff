namespace PageShare.Infrastructure.Geolocation;

internal enum IpApiAttemptKind
{
    /// <summary><c>status: success</c>.</summary>
    Located,

    /// <summary><c>status: fail</c> with HTTP 200 (private range, invalid query): a real answer, not an error.</summary>
    NotLocated,

    /// <summary>HTTP 429, or no budget left for a retry.</summary>
    RateLimited,

    /// <summary>HTTP 403: SSL on the free endpoint, or a bad key. Repeats until the configuration changes.</summary>
    Forbidden,

    /// <summary>Timeout, connection failure or 5xx: worth one retry.</summary>
    Transient,

    /// <summary>Another status or an unreadable body.</summary>
    Rejected,

    /// <summary>The caller gave up.</summary>
    Cancelled,
}
