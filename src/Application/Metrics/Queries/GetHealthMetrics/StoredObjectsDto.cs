namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>Object count and bytes (null when unknown).</summary>
public sealed record StoredObjectsDto(long Objects, long? Bytes);
