using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

public sealed class TestHostEnvironment(string environmentName) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;

    public string ApplicationName { get; set; } = "PageShare.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
