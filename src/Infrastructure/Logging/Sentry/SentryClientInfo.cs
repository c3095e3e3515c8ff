namespace PageShare.Infrastructure.Logging.Sentry;

internal static class SentryClientInfo
{
    public const string SdkName = "pageshare.serilog-sentry";
    public const string SdkVersion = "1.0.0";
    public const string ClientName = SdkName + "/" + SdkVersion;
}
