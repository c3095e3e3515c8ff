namespace PageShare.Infrastructure.Logging.Sentry;

internal enum SentrySendOutcome
{
    Sent,
    RateLimited,
    Rejected,
    Failed,
}
