using PageShare.Application.Common.Interfaces;
using PageShare.Infrastructure.Storage;
using PageShare.TestSupport.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

public sealed class SupabaseFileStorageContractTests : FileStorageContractTests
{
    private readonly HttpClient _http = new();
    private FakeSupabaseStorageServer? _server;

    protected override string ExpectedPublicUrlPrefix => $"{_server!.Url}/storage/v1/object/public/";

    protected override async Task<IFileStorage> CreateStorageAsync()
    {
        _server = await FakeSupabaseStorageServer.StartAsync();
        _server.CreateBucket(Bucket);
        return new SupabaseFileStorage(_http, new SupabaseStorageSettings(new Uri(_server.Url), _server.ServiceKey, TimeSpan.FromSeconds(5)));
    }

    public override async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
