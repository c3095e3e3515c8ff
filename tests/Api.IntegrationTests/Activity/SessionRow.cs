namespace PageShare.Api.IntegrationTests.Activity;

internal sealed record SessionRow(DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, int RequestCount);
