namespace PageShare.TestSupport.Sentry;

public enum FakeSentryMode
{
    /// <summary>200 <c>{"id"}</c>.</summary>
    Accept,

    /// <summary>429 with <c>Retry-After</c> and <c>X-Sentry-Rate-Limits</c> (<see cref="FakeSentryServer.RateLimitHeader"/>).</summary>
    RateLimited,

    /// <summary>429 with neither header: the client must assume 60 s.</summary>
    RateLimitedWithoutHeaders,

    /// <summary>200, accepted, but carrying <c>X-Sentry-Rate-Limits</c>.</summary>
    AcceptWithRateLimitHeader,

    Forbidden,

    PayloadTooLarge,

    Unavailable,

    /// <summary>Waits <see cref="FakeSentryServer.SlowDelay"/> before accepting.</summary>
    Slow,
}
