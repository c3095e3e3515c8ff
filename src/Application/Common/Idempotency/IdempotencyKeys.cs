using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PageShare.Application.Common.Idempotency;

/// <summary>The <c>Idempotency-Key</c> rules of API.md: any string up to 100 characters, kept 24 hours per user.</summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";

    public const int MaxLength = 100;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A stable fingerprint of a bound request (its JSON form), so a reused key with another body is told apart.</summary>
    public static string Hash<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
