namespace PageShare.Application.Common.Idempotency;

/// <summary>
/// Remembers the answer to a request sent with an <c>Idempotency-Key</c>, per user, so a retry replays it instead of acting twice.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// In one database transaction: claims <see cref="IdempotencyClaim.Key"/> for the user (a live claim by a concurrent request
    /// makes this one wait for it to finish), runs <paramref name="execute"/> only when the key is new or expired, and stores its
    /// response with the claim. When <paramref name="execute"/> throws, nothing is kept (the key stays free). When the key was
    /// already used, <paramref name="execute"/> does not run and the outcome carries the stored request hash and response.
    /// Everything <paramref name="execute"/> saves through the same unit of work commits or rolls back with the claim.
    /// </summary>
    Task<IdempotencyOutcome> ExecuteOnceAsync(IdempotencyClaim claim, Func<CancellationToken, Task<StoredResponse>> execute,
        CancellationToken cancellationToken);
}
