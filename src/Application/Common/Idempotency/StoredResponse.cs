namespace PageShare.Application.Common.Idempotency;

/// <summary>What a first request answered: its HTTP status and a small JSON body (enough to rebuild the answer).</summary>
public sealed record StoredResponse(int Status, string Body);
