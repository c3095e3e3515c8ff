namespace PageShare.TestSupport.IpApi;

public enum FakeIpApiMode
{
    /// <summary>Canned answers, as ip-api does.</summary>
    Normal,

    /// <summary>HTTP 403 with the body ip-api sends for HTTPS on the free endpoint.</summary>
    SslUnavailable,

    /// <summary>HTTP 403 with the body the pro endpoint sends for a bad key.</summary>
    InvalidKey,

    /// <summary>Waits <see cref="FakeIpApiServer.SlowDelay"/> before answering normally.</summary>
    Slow,

    /// <summary>HTTP 503.</summary>
    ServerError,

    /// <summary>Aborts the connection without an answer.</summary>
    DropConnection,
}
