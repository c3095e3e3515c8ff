namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>
/// Stored files by the database's metadata (post media carry their size; profile pictures only a path, so
/// their bytes are known only with local storage), and the local storage folder's size when files are local.
/// </summary>
public sealed record StorageUsageDto(string Provider, StoredObjectsDto Media, StoredObjectsDto ProfilePictures, long? LocalDiskBytes);
