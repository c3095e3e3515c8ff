using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

/// <summary>Stands in for the network where no loopback fake can: records the URL and answers a canned success.</summary>
public sealed class RecordingHandler(ConcurrentQueue<Uri> requests) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Enqueue(request.RequestUri!);
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(
                """{"status":"success","country":"United States","countryCode":"US","timezone":"America/New_York","query":"8.8.8.8"}""",
                Encoding.UTF8,
                "application/json"),
        };
        response.Headers.Add("X-Rl", "44");
        response.Headers.Add("X-Ttl", "60");
        return Task.FromResult(response);
    }
}
