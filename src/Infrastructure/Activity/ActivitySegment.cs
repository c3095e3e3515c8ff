namespace PageShare.Infrastructure.Activity;

/// <summary>
/// A run of one user's requests with no 30-minute silence inside. <see cref="MayContinueLatest"/> is true for the
/// user's first run in a batch: only it can extend the session already in the database.
/// </summary>
internal sealed record ActivitySegment(Guid UserId, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, int RequestCount, bool MayContinueLatest);
