using PageShare.Infrastructure.Identity;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

internal static class OutcomeAssertions
{
    public static void ShouldFailWith(this TokenValidationOutcome outcome, TokenFailureReason reason)
    {
        outcome.Succeeded.Should().BeFalse();
        outcome.Principal.Should().BeNull();
        outcome.FailureReason.Should().Be(reason);
        outcome.FailureMessage.Should().NotBeNullOrWhiteSpace();
    }

    public static string? Claim(this TokenValidationOutcome outcome, string type) =>
        outcome.Principal?.FindFirst(type)?.Value;
}
