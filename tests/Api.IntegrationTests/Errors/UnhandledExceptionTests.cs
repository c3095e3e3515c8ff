using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Application.Health;

namespace PageShare.Api.IntegrationTests.Errors;

public sealed class UnhandledExceptionTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task UnhandledException_Returns500EnvelopeWithoutInternals()
    {
        var client = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<IReadinessProbe, ExplodingProbe>())).CreateClient();

        var response = await client.GetAsync("/health/ready");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        var text = error.ToString();
        text.Should().NotContain(ExplodingProbe.Secret).And.NotContain("at PageShare").And.NotContain("Exception");
    }

    private sealed class ExplodingProbe : IReadinessProbe
    {
        public const string Secret = "connection-password-hunter2";

        public Task<ReadinessDto> CheckAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom " + Secret);
    }
}
