using PageShare.TestSupport.Auth;

namespace PageShare.Api.IntegrationTests.Infrastructure;

/// <summary>Real tokens signed with the test host's secret, so the production JWT checks stay under test.</summary>
public static class TestAuth
{
    public const string Secret = TestTokens.Secret;

    public static string TokenFor(Guid userId, string? email = null, bool isAnonymous = false, string? appRole = null) =>
        TestTokens.Hs256(Secret, userId, email ?? TestTokens.DefaultEmail, isAnonymous: isAnonymous, appRole: appRole);

    public static string WithWrongSecret() => TestTokens.Hs256(TestTokens.WrongSecret, Guid.NewGuid(), TestTokens.DefaultEmail);

    public static string Expired() => TestTokens.Expired(Secret, Guid.NewGuid());

    public static string WrongAudience() => TestTokens.WrongAudience(Secret, Guid.NewGuid());

    public static string AnonKey() => TestTokens.AnonKey(Secret);

    public static string ServiceRoleKey() => TestTokens.ServiceRoleKey(Secret);

    public static string AlgNone() => TestTokens.AlgNone(Guid.NewGuid());
}
