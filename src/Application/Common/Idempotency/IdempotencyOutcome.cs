namespace PageShare.Application.Common.Idempotency;

/// <summary>
/// <see cref="IsReplay"/> false: this request ran and <see cref="Response"/> is its answer. True: the key was used before by a
/// request with hash <see cref="RequestHash"/>, which answered <see cref="Response"/>.
/// </summary>
public sealed record IdempotencyOutcome(bool IsReplay, string RequestHash, StoredResponse Response);
