using System.Globalization;
using PageShare.Infrastructure.Identity;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>Command-line options (<c>--name value</c>); the secret and the database may also come from the environment.</summary>
internal sealed record BenchOptions
{
    public required string Mode { get; init; }

    public required Uri ApiRoot { get; init; }

    public Uri? FloorRoot { get; init; }

    public required string Prefix { get; init; }

    public required string DatabaseUrl { get; init; }

    public required string JwtSecret { get; init; }

    public string? Issuer { get; init; }

    public int Connections { get; init; } = 32;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Unrecorded load on each feed scenario before the first measurement, so the tiered JIT has settled.</summary>
    public TimeSpan JitWarmup { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After the closed loop, each scenario again in the open loop at this share of the throughput it reached there
    /// (the feed: of the floor's); 0 skips the open loop.
    /// </summary>
    public double OpenLoopShare { get; init; } = 0.5;

    public IReadOnlyList<string> ScenarioFilter { get; init; } = [];

    public int? ApiPid { get; init; }

    public int? FloorPid { get; init; }

    public string? OutputFile { get; init; }

    public string? Label { get; init; }

    public SupabaseAuthOptions Auth => new() { JwtSecret = JwtSecret, IssuerOverride = Issuer };

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("run" or "check"))
        {
            throw new ArgumentException(Usage);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' at '{args[i]}'.\n{Usage}");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string? Get(string name, string? environment = null) =>
            values.TryGetValue(name, out var v) ? v : environment is null ? null : Environment.GetEnvironmentVariable(environment);
        string Require(string name, string? environment = null) =>
            Get(name, environment) ?? throw new ArgumentException($"--{name} is required.\n{Usage}");
        int? Int(string name) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        var openLoopShare = Get("open-loop") is { } share ? double.Parse(share, CultureInfo.InvariantCulture) : 0.5;
        if (!(openLoopShare >= 0 && double.IsFinite(openLoopShare)))
        {
            throw new ArgumentException($"--open-loop must be a share of throughput, 0 or more (0.5 is half).\n{Usage}");
        }

        return new BenchOptions
        {
            Mode = args[0],
            ApiRoot = new Uri(Require("api")),
            FloorRoot = Get("floor") is { } floor ? new Uri(floor) : null,
            Prefix = "/" + (Get("prefix", "API_PREFIX") ?? "/api/v1").Trim('/'),
            DatabaseUrl = Require("database-url", "DATABASE_URL"),
            // The API's development secret unless told otherwise: the benchmark runs the API with a secret it chose.
            JwtSecret = Get("jwt-secret", "SUPABASE_JWT_SECRET") ?? SupabaseAuthOptions.DevelopmentJwtSecret,
            Issuer = Get("issuer", "SUPABASE_JWT_ISSUER"),
            Connections = Int("connections") ?? 32,
            Warmup = TimeSpan.FromSeconds(Int("warmup") ?? 3),
            JitWarmup = TimeSpan.FromSeconds(Int("jit-warmup") ?? 30),
            Duration = TimeSpan.FromSeconds(Int("duration") ?? 10),
            OpenLoopShare = openLoopShare,
            ScenarioFilter = Get("scenarios")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            ApiPid = Int("api-pid"),
            FloorPid = Int("floor-pid"),
            OutputFile = Get("out"),
            Label = Get("label"),
        };
    }

    public const string Usage = """
        usage: PageShare.Benchmarks.LoadClient run|check --api http://127.0.0.1:PORT [--floor http://127.0.0.1:PORT]
               [--database-url URL (or DATABASE_URL)] [--jwt-secret S (or SUPABASE_JWT_SECRET)] [--issuer I]
               [--prefix /api/v1] [--connections 32] [--warmup 3] [--jit-warmup 30] [--duration 10] [--open-loop 0.5] [--scenarios feed,search]
               [--api-pid N] [--floor-pid N] [--out results.md] [--label "what the API ran with"]
        run    drives every scenario (or those whose name contains one of --scenarios) and prints a markdown report
        --jit-warmup  seconds of unrecorded load on each feed scenario (API and floor) before the first measurement
        --open-loop   then each scenario again at this share of its closed-loop throughput (the feed: of the floor's),
                      requests on a fixed schedule, latency from each one's due time; 0 skips it
        check  compares the floor's feed pages with the API's for a few viewers, and fails on any difference
        """;
}
