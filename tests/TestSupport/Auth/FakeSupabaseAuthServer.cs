using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PageShare.Infrastructure.Identity;

namespace PageShare.TestSupport.Auth;

/// <summary>
/// Supabase Auth's JWKS endpoint on a loopback port (EXTERNAL_SERVICES.md 1.6): an ES256 and an RS256
/// key, rotation, revocation, an empty set, and a count of requests so tests can prove caching.
/// Use <see cref="BaseUrl"/> as <c>SUPABASE_URL</c>; tokens then carry <see cref="Issuer"/>.
/// </summary>
public sealed class FakeSupabaseAuthServer : IAsyncDisposable
{
    public const string JwksPath = "/auth/v1/.well-known/jwks.json";

    // RSA 2048 generation costs up to a second on a busy machine; one key serves every fake in the run.
    private static readonly Lazy<TestSigningKey> SharedRs256Key = new(() => TestSigningKey.CreateRs256("rs256-initial"));

    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _published = [];
    private readonly List<TestSigningKey> _owned = [];
    private WebApplication? _app;
    private bool _serveEmptySet;
    private int _jwksRequestCount;

    private FakeSupabaseAuthServer()
    {
        Es256Key = Own(TestSigningKey.CreateEs256("es256-initial"));
        Rs256Key = SharedRs256Key.Value;
        _published.Add(Es256Key);
        _published.Add(Rs256Key);
    }

    /// <summary><c>http://127.0.0.1:{port}</c>, no trailing slash: the value for <c>SUPABASE_URL</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The <c>iss</c> Supabase puts in this project's tokens.</summary>
    public string Issuer => BaseUrl + "/auth/v1";

    public Uri JwksUri => new(BaseUrl + JwksPath);

    /// <summary>The ES256 key currently signing; <see cref="RotateKey"/> replaces it.</summary>
    public TestSigningKey Es256Key { get; private set; }

    public TestSigningKey Rs256Key { get; }

    public int JwksRequestCount => Volatile.Read(ref _jwksRequestCount);

    public IReadOnlyList<string> PublishedKids
    {
        get
        {
            lock (_gate)
            {
                return _serveEmptySet ? [] : _published.Select(k => k.Kid).ToList();
            }
        }
    }

    public static async Task<FakeSupabaseAuthServer> StartAsync(CancellationToken ct = default)
    {
        var server = new FakeSupabaseAuthServer();
        try
        {
            await server.StartHostAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Options as a project on signing keys has them: <c>SUPABASE_URL</c> = this server.</summary>
    public SupabaseAuthOptions CreateOptions(string? jwtSecret = null) =>
        new() { SupabaseUrl = BaseUrl, JwtSecret = jwtSecret };

    /// <summary>Publishes a new ES256 key with a new <c>kid</c> and signs with it from now on; old keys stay published.</summary>
    public TestSigningKey RotateKey()
    {
        var key = Own(TestSigningKey.CreateEs256());
        lock (_gate)
        {
            _published.Add(key);
            Es256Key = key;
        }

        return key;
    }

    /// <summary>Takes a key out of the JWKS, as a revocation does.</summary>
    public void Revoke(string kid)
    {
        lock (_gate)
        {
            _published.RemoveAll(k => k.Kid == kid);
        }
    }

    /// <summary>Serves <c>{"keys": []}</c>, as a project still on the legacy secret does.</summary>
    public void ServeEmptyKeySet(bool empty = true)
    {
        lock (_gate)
        {
            _serveEmptySet = empty;
        }
    }

    /// <summary>A valid user token signed by <paramref name="key"/> (default: the current ES256 key) with this server's issuer.</summary>
    public string CreateToken(
        Guid userId,
        TestSigningKey? key = null,
        string email = TestTokens.DefaultEmail,
        TimeSpan? lifetime = null,
        bool isAnonymous = false,
        string? appRole = null) =>
        TestTokens.Signed(key ?? Es256Key, userId, email, Issuer, lifetime, isAnonymous, appRole);

    /// <summary>Stops the server (a test may do this early to simulate an outage); safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        lock (_gate)
        {
            _owned.ForEach(k => k.Dispose());
            _owned.Clear();
        }
    }

    private async Task StartHostAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet(JwksPath, ServeJwks);
        await _app.StartAsync(ct);
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = address.TrimEnd('/');
    }

    private IResult ServeJwks(HttpResponse response)
    {
        Interlocked.Increment(ref _jwksRequestCount);
        List<Dictionary<string, object>> keys;
        lock (_gate)
        {
            keys = _serveEmptySet ? [] : _published.Select(k => k.ToPublicJwk()).ToList();
        }

        response.Headers.CacheControl = "public, max-age=600";
        return Results.Text(JsonSerializer.Serialize(new Dictionary<string, object> { ["keys"] = keys }), "application/json");
    }

    private TestSigningKey Own(TestSigningKey key)
    {
        lock (_gate)
        {
            _owned.Add(key);
        }

        return key;
    }
}
