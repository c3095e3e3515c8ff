namespace PageShare.Application.Common.Idempotency;

/// <summary>A request's claim on a key: who, which key, a hash of what was asked, and when (keys older than <see cref="IdempotencyKeys.Lifetime"/> are replaced).</summary>
public sealed record IdempotencyClaim(Guid UserId, string Key, string RequestHash, DateTimeOffset Now);
