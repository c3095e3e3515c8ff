using PageShare.Application.Common.Interfaces;
using PageShare.Infrastructure.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

public sealed class LocalFileStorageContractTests : FileStorageContractTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"pageshare-storage-{Guid.NewGuid():N}");

    protected override string ExpectedPublicUrlPrefix => "http://localhost:5099/storage/v1/object/public/";

    protected override Task<IFileStorage> CreateStorageAsync() =>
        Task.FromResult<IFileStorage>(new LocalFileStorage(_root, "http://localhost:5099/"));

    public override Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
