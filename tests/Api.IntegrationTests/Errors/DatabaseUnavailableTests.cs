using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Api.IntegrationTests.Errors;

public sealed class DatabaseUnavailableTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Request_DatabaseUnreachable_Returns503Envelope()
    {
        // Requests (not start-up) go to a port where nothing listens.
        var client = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.RemoveAll<DbContextOptions<PageShareDbContext>>();
            services.AddDbContext<PageShareDbContext>(o => o.UseNpgsql("Host=127.0.0.1;Port=1;Timeout=2;Username=x;Database=x"));
        })).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.TokenFor(Guid.NewGuid(), "down@example.com"));

        var response = await client.GetAsync("/api/v1/users/me");

        await response.ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
    }
}
