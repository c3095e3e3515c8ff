using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Infrastructure.Metrics;
using PageShare.TestSupport.Auth;

namespace PageShare.Api.IntegrationTests.Metrics;

/// <summary>
/// The shared host with its clock fixed at a data set's <see cref="MetricsDataSet.Now"/>, the data inserted and the views
/// refreshed (a view left from an earlier test's data would otherwise be trusted for its completed days), and an admin
/// client whose token is issued at that time.
/// </summary>
internal sealed class FixedClockMetrics : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _host;

    private FixedClockMetrics(WebApplicationFactory<Program> host, HttpClient admin)
    {
        _host = host;
        Admin = admin;
    }

    public HttpClient Admin { get; }

    public static async Task<FixedClockMetrics> StartAsync(PageShareApiFactory factory, MetricsDataSet data)
    {
        await data.InsertAsync(factory.ConnectionString);
        var clock = new ManualTimeProvider(data.Now);
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        }));
        await host.Services.GetRequiredService<MetricsViewRefresher>().RefreshAsync(CancellationToken.None);

        var client = host.CreateClient();
        var token = TestTokens.SignHs256(
            TestTokens.UserClaims(data.Admin.Id, "admin@example.com", issuedAt: data.Now, appRole: "admin"), TestAuth.Secret);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new FixedClockMetrics(host, client);
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _host.DisposeAsync();
    }
}
