namespace PageShare.Benchmarks.LoadClient;

/// <summary>One keep-alive connection per worker at most, no cookies, no decompression: the cost measured is the server's.</summary>
internal static class HttpClients
{
    public static HttpClient Create(Uri root, string prefix, int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = new Uri(root, prefix.TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
}
