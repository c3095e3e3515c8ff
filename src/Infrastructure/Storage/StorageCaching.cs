namespace PageShare.Infrastructure.Storage;

public static class StorageCaching
{
    /// <summary>Every upload gets a fresh random path, so an object's bytes never change under its URL.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";
}
