using PageShare.Infrastructure.Logging.Sentry;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

public sealed class SentryRateLimitsTests
{
    private static readonly DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ApplyRateLimits_ErrorCategory_LimitsErrorsOnlyForTheWindow()
    {
        var limits = new SentryRateLimits();

        limits.ApplyRateLimits("60:error:key", _now);

        limits.IsLimited("error", _now.AddSeconds(59)).Should().BeTrue();
        limits.IsLimited("transaction", _now.AddSeconds(1)).Should().BeFalse();
        limits.IsLimited("error", _now.AddSeconds(61)).Should().BeFalse();
    }

    [Fact]
    public void ApplyRateLimits_EmptyCategories_LimitsEverything()
    {
        var limits = new SentryRateLimits();

        limits.ApplyRateLimits("30::organization:quota_exceeded", _now);

        limits.IsLimited("error", _now.AddSeconds(29)).Should().BeTrue();
        limits.IsLimited("transaction", _now.AddSeconds(29)).Should().BeTrue();
    }

    [Fact]
    public void ApplyRateLimits_SeveralEntries_KeepsLongestPerCategory()
    {
        var limits = new SentryRateLimits();

        limits.ApplyRateLimits("120:error;default:key, 10:error:project, 5:transaction:key", _now);
        limits.ApplyRateLimits("20:error:key", _now);

        limits.IsLimited("error", _now.AddSeconds(100)).Should().BeTrue();
        limits.IsLimited("default", _now.AddSeconds(100)).Should().BeTrue();
        limits.IsLimited("transaction", _now.AddSeconds(6)).Should().BeFalse();
    }

    [Fact]
    public void ApplyRateLimits_Garbage_IsIgnored()
    {
        var limits = new SentryRateLimits();

        limits.ApplyRateLimits("soon:error:key, , -5:error", _now);

        limits.IsLimited("error", _now).Should().BeFalse();
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("60", 60)]
    [InlineData("Thu, 01 Jan 2026 12:00:30 GMT", 30)]
    public void ParseRetryAfter_SecondsOrDate_ReturnsDelay(string value, double seconds)
    {
        SentryRateLimits.ParseRetryAfter(value, _now).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("later")]
    [InlineData("0")]
    public void ParseRetryAfter_Unusable_ReturnsNull(string? value)
    {
        SentryRateLimits.ParseRetryAfter(value, _now).Should().BeNull();
    }
}
