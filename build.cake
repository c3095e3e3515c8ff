// PageShare build script. Run it through ./build.sh, which restores the pinned Cake tool first:
//   ./build.sh --target=Run     build, start a local PostgreSQL, migrate, seed and serve the API
//   ./build.sh --target=Test    every test suite plus the TypeScript client checks
//   ./build.sh --target=Bench   load-test the API against a bulk database and the raw-SQL floor (benchmarks/README.md)
// Other targets: Build (default), Migrate, Seed, GenerateClient, StopDb.

using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var target = Argument("target", "Build");
var configuration = Argument("configuration", "Release");
// Loopback only: this API must never listen on a public interface by default.
var urls = Argument("urls", EnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:5080");

var repoRoot = MakeAbsolute(Directory("."));
var solution = repoRoot.CombineWithFilePath("PageShare.sln");
var webApiDll = repoRoot.CombineWithFilePath($"src/WebApi/bin/{configuration}/net10.0/PageShare.WebApi.dll");
var localPostgres = repoRoot.CombineWithFilePath("scripts/local-postgres.sh");
var clientDir = repoRoot.Combine("clients/typescript");
var clientFile = clientDir.CombineWithFilePath("src/pageshare-client.ts");
var clientDocument = clientDir.CombineWithFilePath("openapi.json");
var testResultsDir = repoRoot.Combine("artifacts/test-results");
var apiPrefix = EnvironmentVariable("API_PREFIX") ?? "/api/v1";

// Set by the Test target and printed after Cake's own task table, so the summary is the last line.
string testSummary = null;
// Resolved once per invocation: Migrate, Seed and Run all need it.
string databaseUrl = null;

//////////////////////////////////////////////////////////////////////
// Targets
//////////////////////////////////////////////////////////////////////

Task("Build")
    .Description("Restore and build the solution in Release; warnings are errors.")
    .Does(() =>
{
    DotNetRestore(solution.FullPath);
    DotNetBuild(solution.FullPath, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
        MSBuildSettings = new DotNetMSBuildSettings().WithProperty("TreatWarningsAsErrors", "true"),
    });
});

Task("Migrate")
    .Description("Apply pending SQL migrations to DATABASE_URL, or to the local cluster when it is unset.")
    .IsDependentOn("Build")
    .Does(() => RunApiVerb(DevEnvironment(EnsureDatabaseUrl()), "migrate"));

Task("Seed")
    .Description("Load the demo data set into an empty database, or a generated one with --users=N --posts=M "
        + "[--seed=S] [--days=D] [--append|--reset] (docs/seeding.md); the seed verb migrates first.")
    .IsDependentOn("Build")
    .Does(() => RunApiVerb(DevEnvironment(EnsureDatabaseUrl()), "seed" + BulkSeedArguments()));

Task("Run")
    .Description("Serve the API on --urls (default http://127.0.0.1:5080) with a migrated, seeded database.")
    .IsDependentOn("Seed")
    .Does(() =>
{
    var env = DevEnvironment(EnsureDatabaseUrl());
    env["ENVIRONMENT"] = "development";
    env["ASPNETCORE_URLS"] = urls;
    PrintTokenHelp(env["DATABASE_URL"], FirstUrl(urls));
    // Runs in the foreground until Ctrl+C; the local cluster keeps running for the next Run (StopDb stops it).
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(webApiDll.FullPath),
        WorkingDirectory = repoRoot,
        EnvironmentVariables = env,
    });
    if (exitCode != 0)
    {
        throw new CakeException($"The API exited with code {exitCode}.");
    }
});

Task("GenerateClient")
    .Description("Regenerate clients/typescript from the OpenAPI document the API serves.")
    .IsDependentOn("Build")
    .Does(() =>
{
    NpmCi();
    var env = DevEnvironment(EnsureDatabaseUrl());
    env["ENVIRONMENT"] = "development";
    var logFile = repoRoot.CombineWithFilePath("artifacts/generate-client-api.log");
    EnsureDirectoryExists(logFile.GetDirectory());
    using (var api = ApiServer.Start(webApiDll.FullPath, env, FreeLoopbackPort(), logFile.FullPath))
    {
        WaitUntilReady(api);
        System.IO.File.WriteAllText(clientDocument.FullPath, FetchNormalizedDocument(api));
    }
    GenerateClientCode(clientDocument, clientFile);
    Information($"Wrote {repoRoot.GetRelativePath(clientFile)} and {repoRoot.GetRelativePath(clientDocument)}.");
});

Task("Bench")
    .Description("Load-test the API (Release, production settings) and the raw-SQL feed floor; see benchmarks/README.md.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var users = Argument("users", 100000);
    var posts = Argument("posts", 1000000);
    var logLevel = Argument("api-log-level", "Warning");
    var benchDbPort = Argument("bench-db-port", 55442);
    // Its own durable cluster (fsync on: write latencies as in production), kept between runs so the data is made once.
    var dbUrl = UrlFrom(RunScript(localPostgres, "start", "--dir", repoRoot.Combine(".local/bench").FullPath,
        "--port", benchDbPort.ToString(), "--db", "pageshare_bench"));
    EnsureBenchData(dbUrl, users, posts);

    var env = BenchApiEnvironment(dbUrl, logLevel);
    var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
    var logDir = repoRoot.Combine("artifacts/bench");
    EnsureDirectoryExists(logDir);
    var floorEnv = new Dictionary<string, string> { ["DATABASE_URL"] = dbUrl, ["DOTNET_NOLOGO"] = "1" };
    using var api = ApiServer.Start(webApiDll.FullPath, env, FreeLoopbackPort(), logDir.CombineWithFilePath($"api-{stamp}.log").FullPath);
    using var floor = ApiServer.Start(BenchmarkDll("Floor"), floorEnv, FreeLoopbackPort(), logDir.CombineWithFilePath($"floor-{stamp}.log").FullPath);
    WaitUntilReady(api);
    WaitUntilReady(floor);

    var common = new[] { "--api", api.BaseUrl, "--floor", floor.BaseUrl, "--database-url", dbUrl };
    // The same secret signs the load's tokens; passed in the environment, never on a command line.
    var clientEnv = new Dictionary<string, string> { ["SUPABASE_JWT_SECRET"] = env["SUPABASE_JWT_SECRET"], ["DOTNET_NOLOGO"] = "1" };
    RunLoadClient(clientEnv, new[] { "check" }.Concat(common).ToArray());
    var results = repoRoot.CombineWithFilePath($"benchmarks/results/{stamp}.md");
    var exitCode = RunLoadClient(clientEnv, new[] { "run" }.Concat(common).Concat(new[]
    {
        "--connections", Argument("connections", 32).ToString(),
        "--warmup", Argument("warmup", 3).ToString(),
        "--jit-warmup", Argument("jit-warmup", 30).ToString(),
        "--duration", Argument("duration", 10).ToString(),
        "--open-loop", Argument("open-loop", "0.5"),
        "--scenarios", Argument("scenarios", ""),
        "--api-pid", api.ProcessId.ToString(),
        "--floor-pid", floor.ProcessId.ToString(),
        "--out", results.FullPath,
        "--label", $"Release, ENVIRONMENT=production, LOG_LEVEL={logLevel}, rate limits raised out of the way, GEOLOCATION_PROVIDER=none",
    }).ToArray(), allowFailure: true);
    if (exitCode != 0)
    {
        api.PrintLogTail();
        throw new CakeException($"The load run reported errors (exit code {exitCode}); see {repoRoot.GetRelativePath(results)}.");
    }
});

Task("StopDb")
    .Description("Stop the local development cluster (its data stays in .local/postgres).")
    .Does(() => RunScript(localPostgres, "stop"));

Task("Test")
    .Description("All .NET test projects against a throwaway PostgreSQL, then the TypeScript client checks.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var tally = new TestTally();
    var tempDir = CreateWorldReadableTempDirectory("pageshare-test-");
    var clusterDir = tempDir.Combine("pg");
    var clusterPort = FreeLoopbackPort();
    try
    {
        // A cluster of its own on a free port, so tests never touch the developer's data or a running Run.
        var adminUrl = StartThrowawayCluster(clusterDir, clusterPort, "pageshare_test");
        RunDotNetTestProjects(adminUrl, tally);
        RunClientChecks(clusterDir, clusterPort, tempDir, tally);
    }
    catch (Exception ex)
    {
        // Still report and clean up: a setup failure must show in the summary, not hide it.
        tally.AddFailure("test run", ex.Message);
    }
    finally
    {
        // Best effort, each on its own: a failed stop must not keep the temp folder (or hide the results).
        TryCleanup("stop the test cluster", () => RunScript(localPostgres, "stop", "--dir", clusterDir.FullPath, "--port", clusterPort.ToString()));
        TryCleanup("delete " + tempDir.FullPath, () => DeleteDirectory(tempDir, new DeleteDirectorySettings { Recursive = true, Force = true }));
    }

    tally.Print();
    testSummary = tally.Summary;
    if (!tally.Succeeded)
    {
        throw new CakeException("Tests failed (see the results above).");
    }
});

//////////////////////////////////////////////////////////////////////
// Local database
//////////////////////////////////////////////////////////////////////

// DATABASE_URL wins (a Supabase project, a CI service); otherwise the idempotent local cluster.
bool DatabaseUrlFromEnvironment => !string.IsNullOrWhiteSpace(EnvironmentVariable("DATABASE_URL"));

string EnsureDatabaseUrl()
{
    if (databaseUrl != null)
    {
        return databaseUrl;
    }
    if (DatabaseUrlFromEnvironment)
    {
        Information("Using DATABASE_URL from the environment.");
        return databaseUrl = EnvironmentVariable("DATABASE_URL");
    }
    return databaseUrl = StartDevCluster();
}

// The developer's cluster: the script's defaults (.local/postgres, port 55432), durable, reused by every Run.
string StartDevCluster() => UrlFrom(RunScript(localPostgres, "start"));

// A test cluster trades durability for speed (--fast): it is deleted at the end anyway.
// A second start on the same folder reuses the server and only adds the database.
string StartThrowawayCluster(DirectoryPath dir, int port, string database) =>
    UrlFrom(RunScript(localPostgres, "start", "--dir", dir.FullPath, "--port", port.ToString(), "--db", database, "--fast"));

// The script prints progress to stderr and the connection URL as its last stdout line.
string UrlFrom(List<string> output)
{
    var url = output.LastOrDefault(line => !string.IsNullOrWhiteSpace(line))?.Trim();
    if (string.IsNullOrEmpty(url) || !url.StartsWith("postgres"))
    {
        throw new CakeException("scripts/local-postgres.sh start did not print a database URL.");
    }
    return url;
}

List<string> RunScript(FilePath script, params string[] args)
{
    var arguments = new ProcessArgumentBuilder().AppendQuoted(script.FullPath);
    foreach (var arg in args) { arguments.AppendQuoted(arg); }
    var exitCode = StartProcess("bash", new ProcessSettings
    {
        Arguments = arguments,
        WorkingDirectory = repoRoot,
        RedirectStandardOutput = true,
    }, out var stdout);
    var lines = stdout.ToList();
    lines.ForEach(Console.WriteLine); // passed through as-is, not as Cake log lines
    if (exitCode != 0)
    {
        throw new CakeException($"{repoRoot.GetRelativePath(script)} {args.FirstOrDefault()} failed with exit code {exitCode}.");
    }
    return lines;
}

//////////////////////////////////////////////////////////////////////
// The API binary
//////////////////////////////////////////////////////////////////////

Dictionary<string, string> DevEnvironment(string url) => new Dictionary<string, string>
{
    ["DATABASE_URL"] = url,
    // Respect an explicit environment (e.g. migrating a staging database); local runs are development.
    ["ENVIRONMENT"] = EnvironmentVariable("ENVIRONMENT") ?? "development",
    ["DOTNET_NOLOGO"] = "1",
};

void RunApiVerb(Dictionary<string, string> env, string verb)
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(webApiDll.FullPath).Append(verb),
        WorkingDirectory = repoRoot,
        EnvironmentVariables = env,
    });
    if (exitCode != 0)
    {
        throw new CakeException($"'{verb}' failed with exit code {exitCode}.");
    }
}

// Passes the bulk options through to the verb; none of them means the small demo data set.
string BulkSeedArguments()
{
    var arguments = "";
    foreach (var name in new[] { "users", "posts", "seed", "days" })
    {
        if (HasArgument(name))
        {
            arguments += $" --{name} {Argument<int>(name)}";
        }
    }
    foreach (var flag in new[] { "append", "reset" })
    {
        if (HasArgument(flag))
        {
            arguments += $" --{flag}";
        }
    }
    return arguments;
}

// The token is the JWT-shaped line of the verb's output (logs may surround it). It is never logged here.
string MintDevToken(Dictionary<string, string> env, string username)
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(webApiDll.FullPath).Append("dev-token").Append(username),
        WorkingDirectory = repoRoot,
        EnvironmentVariables = env,
        RedirectStandardOutput = true,
        Silent = true,
    }, out var stdout);
    var token = stdout.Select(line => line.Trim()).LastOrDefault(line => Regex.IsMatch(line, @"^[\w-]+\.[\w-]+\.[\w-]+$"));
    if (exitCode != 0 || string.IsNullOrEmpty(token))
    {
        throw new CakeException($"dev-token failed with exit code {exitCode}.");
    }
    return token;
}

void WaitUntilReady(ApiServer api)
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
    var deadline = DateTime.UtcNow.AddSeconds(90);
    while (DateTime.UtcNow < deadline)
    {
        if (api.HasExited)
        {
            api.PrintLogTail();
            throw new CakeException($"The API exited with code {api.ExitCode} before it was ready.");
        }
        try
        {
            if (http.GetAsync(api.BaseUrl + "/health/ready").GetAwaiter().GetResult().IsSuccessStatusCode)
            {
                Information($"API ready on {api.BaseUrl}.");
                return;
            }
        }
        catch (HttpRequestException) { }
        catch (TaskCanceledException) { }
        System.Threading.Thread.Sleep(500);
    }
    api.PrintLogTail();
    throw new CakeException("The API did not report ready within 90 s.");
}

void PrintTokenHelp(string dbUrl, string baseUrl)
{
    var dll = repoRoot.GetRelativePath(webApiDll).FullPath;
    // A DATABASE_URL from the environment may hold a password: refer to it, never print it.
    var urlText = DatabaseUrlFromEnvironment ? "\"$DATABASE_URL\"" : $"'{dbUrl}'";
    var envPrefix = $"ENVIRONMENT=development DATABASE_URL={urlText}";
    Information("");
    Information("PageShare API: " + baseUrl + apiPrefix);
    Information("Get a development token (in another terminal, from the repository root):");
    Information($"  export TOKEN=$({envPrefix} dotnet {dll} dev-token alice)");
    Information($"  (same thing through the SDK: {envPrefix} dotnet run --project src/WebApi -c {configuration} --no-build -- dev-token alice)");
    Information("Call the API with it:");
    Information($"  curl -s -H \"Authorization: Bearer $TOKEN\" {baseUrl}{apiPrefix}/users/me");
    Information($"Swagger UI: {baseUrl}/swagger  -> click \"Authorize\", paste the token (without \"Bearer \"), then \"Try it out\".");
    Information($"OpenAPI document: {baseUrl}/openapi/v1.json");
    Information("Stop with Ctrl+C; ./build.sh --target=StopDb stops the local database.");
    Information("");
}

void TryCleanup(string what, Action cleanup)
{
    try
    {
        cleanup();
    }
    catch (Exception ex)
    {
        Warning($"Could not {what}: {ex.Message}");
    }
}

static string FirstUrl(string urlList) => urlList.Split(';', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('/');

//////////////////////////////////////////////////////////////////////
// .NET tests
//////////////////////////////////////////////////////////////////////

void RunDotNetTestProjects(string adminUrl, TestTally tally)
{
    CleanDirectory(testResultsDir);
    var projects = GetFiles(repoRoot.FullPath + "/tests/*/*.csproj")
        .Where(p => System.IO.File.ReadAllText(p.FullPath).Contains("<IsTestProject>true</IsTestProject>"))
        .OrderBy(p => p.FullPath, StringComparer.Ordinal)
        .ToList();
    if (projects.Count == 0)
    {
        throw new CakeException("No test projects found under tests/.");
    }

    foreach (var project in projects)
    {
        var name = project.GetFilenameWithoutExtension().FullPath;
        var trx = testResultsDir.CombineWithFilePath(name + ".trx");
        var watch = Stopwatch.StartNew();
        var crashed = false;
        try
        {
            DotNetTest(project.FullPath, new DotNetTestSettings
            {
                Configuration = configuration,
                NoBuild = true,
                NoRestore = true,
                Loggers = new[] { $"trx;LogFileName={trx.GetFilename()}" },
                ResultsDirectory = testResultsDir,
                // A hung test must fail this run, not eat CI's time budget.
                ArgumentCustomization = args => args.Append("--blame-hang-timeout").Append("5m"),
                EnvironmentVariables = new Dictionary<string, string> { ["PAGESHARE_TEST_DATABASE_URL"] = adminUrl },
            });
        }
        catch (CakeException)
        {
            crashed = true; // failing tests also land here; the TRX file tells them apart from a crash.
        }
        tally.AddTrx(name, trx.FullPath, crashed, watch.Elapsed);
    }
}

//////////////////////////////////////////////////////////////////////
// TypeScript client
//////////////////////////////////////////////////////////////////////

void RunClientChecks(DirectoryPath clusterDir, int clusterPort, DirectoryPath tempDir, TestTally tally)
{
    NpmCi();
    // The same cluster, a database of the API's own so the test suites' data cannot leak into it.
    var apiDatabaseUrl = StartThrowawayCluster(clusterDir, clusterPort, "pageshare_smoke");
    var env = DevEnvironment(apiDatabaseUrl);
    env["ENVIRONMENT"] = "development";
    var logFile = tempDir.CombineWithFilePath("api.log");

    using var api = ApiServer.Start(webApiDll.FullPath, env, FreeLoopbackPort(), logFile.FullPath);
    try
    {
        WaitUntilReady(api);
        tally.AddCheck("client is up to date", () => CheckClientIsCurrent(api, tempDir));
        tally.AddCheck("tsc --strict", () => NpxOrThrow("tsc", "--strict", "--noEmit", "-p", "tsconfig.json"));
        // A fresh dist: a failed compile must not leave an old smoke test to run.
        var built = tally.AddCheck("smoke test build", () => { CleanDirectory(clientDir.Combine("dist")); NpxOrThrow("tsc", "-p", "tsconfig.json"); });
        if (built)
        {
            var token = MintDevToken(env, "alice");
            // The document's paths already carry the API prefix, so the client wants the server root.
            RunSmokeTest(api.BaseUrl, token, tally);
        }
    }
    catch (Exception ex)
    {
        api.PrintLogTail();
        tally.AddFailure("client checks", ex.Message);
    }
}

// Regenerates from the served document and compares with what is committed, byte for byte.
void CheckClientIsCurrent(ApiServer api, DirectoryPath tempDir)
{
    var freshDocument = tempDir.CombineWithFilePath("openapi.json");
    var freshClient = tempDir.CombineWithFilePath("pageshare-client.ts");
    System.IO.File.WriteAllText(freshDocument.FullPath, FetchNormalizedDocument(api));
    GenerateClientCode(freshDocument, freshClient);

    var stale = new List<string>();
    if (!SameText(freshClient, clientFile)) { stale.Add(repoRoot.GetRelativePath(clientFile).FullPath); ShowDiff(clientFile, freshClient); }
    if (!SameText(freshDocument, clientDocument)) { stale.Add(repoRoot.GetRelativePath(clientDocument).FullPath); ShowDiff(clientDocument, freshDocument); }
    if (stale.Count > 0)
    {
        throw new CakeException($"{string.Join(" and ", stale)} {(stale.Count == 1 ? "differs" : "differ")} from a fresh generation: run ./build.sh --target=GenerateClient and commit the result.");
    }
}

void RunSmokeTest(string apiBaseUrl, string token, TestTally tally)
{
    var exitCode = StartProcess("node", new ProcessSettings
    {
        Arguments = "dist/smoke/smoke-test.js",
        WorkingDirectory = clientDir,
        EnvironmentVariables = new Dictionary<string, string>
        {
            ["PAGESHARE_API_URL"] = apiBaseUrl,
            ["PAGESHARE_TOKEN"] = token,
        },
        RedirectStandardOutput = true,
        Timeout = 120_000,
    }, out var stdout);
    var lines = stdout.ToList();
    lines.ForEach(Console.WriteLine); // passed through as-is, not as Cake log lines
    tally.AddSmoke("TypeScript smoke test", lines, exitCode);
}

// The served document names the server it was fetched from (a random port); drop it so the
// committed document and client do not change with every generation.
string FetchNormalizedDocument(ApiServer api)
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var json = http.GetStringAsync(api.BaseUrl + "/openapi/v1.json").GetAwaiter().GetResult();
    var document = JsonNode.Parse(json)!.AsObject();
    document.Remove("servers");
    InlineBinarySchemas(document);
    var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    return document.ToJsonString(options).Replace("\r\n", "\n") + "\n";
}

// NSwag 14 only sees a file upload when "format: binary" is inline, not behind a $ref such as the
// IFormFile component ASP.NET emits (RicoSuter/NSwag#5387): the client would use FileParameter
// without declaring it. Inlining those schemas gives NSwag the shape it understands.
void InlineBinarySchemas(JsonObject document)
{
    if (document["components"]?["schemas"] is not JsonObject schemas)
    {
        return;
    }
    var binary = schemas
        .Where(p => p.Value is JsonObject schema && (string)schema["type"] == "string" && (string)schema["format"] == "binary")
        .ToDictionary(p => "#/components/schemas/" + p.Key, p => p.Value);
    if (binary.Count == 0)
    {
        return;
    }
    ReplaceReferences(document, binary);
    foreach (var reference in binary.Keys)
    {
        schemas.Remove(reference.Substring("#/components/schemas/".Length));
    }
}

void ReplaceReferences(JsonNode node, IReadOnlyDictionary<string, JsonNode> targets)
{
    JsonNode Resolve(JsonNode child) =>
        child is JsonObject obj && obj["$ref"] is JsonValue reference && targets.TryGetValue((string)reference, out var target)
            ? target.DeepClone()
            : null;

    if (node is JsonObject parent)
    {
        foreach (var key in parent.Select(p => p.Key).ToList())
        {
            var replacement = Resolve(parent[key]);
            if (replacement != null) { parent[key] = replacement; }
            else if (parent[key] != null) { ReplaceReferences(parent[key], targets); }
        }
    }
    else if (node is JsonArray array)
    {
        for (var i = 0; i < array.Count; i++)
        {
            var replacement = Resolve(array[i]);
            if (replacement != null) { array[i] = replacement; }
            else if (array[i] != null) { ReplaceReferences(array[i], targets); }
        }
    }
}

void GenerateClientCode(FilePath document, FilePath output)
{
    NpxOrThrow("nswag", "openapi2tsclient",
        "/runtime:Net100",
        "/input:" + document.FullPath,
        "/output:" + output.FullPath,
        "/template:Fetch",
        "/className:PageShareClient",
        "/generateClientInterfaces:true",
        "/operationGenerationMode:SingleClientFromOperationId",
        "/typeScriptVersion:5.0",
        "/typeStyle:Interface",
        "/enumStyle:StringLiteral",
        "/dateTimeType:string",
        "/markOptionalProperties:true",
        "/generateOptionalParameters:true",
        // Errors arrive as ApiException with the parsed envelope in .result, not as a bare object.
        "/wrapDtoExceptions:true",
        "/exceptionClass:ApiException",
        "/useAbortSignal:true",
        // NSwag writes no timestamp; LF keeps the committed file identical on every OS.
        "/newLineBehavior:LF");
}

void NpmCi()
{
    var exitCode = StartProcess("npm", new ProcessSettings
    {
        Arguments = "ci --no-audit --no-fund --loglevel=error",
        WorkingDirectory = clientDir,
    });
    if (exitCode != 0)
    {
        throw new CakeException($"npm ci failed with exit code {exitCode}.");
    }
}

// npx finds the pinned tools in clients/typescript/node_modules, installed by NpmCi.
void NpxOrThrow(string tool, params string[] args)
{
    var arguments = new ProcessArgumentBuilder().Append(tool);
    foreach (var arg in args) { arguments.AppendQuoted(arg); }
    var exitCode = StartProcess("npx", new ProcessSettings { Arguments = arguments, WorkingDirectory = clientDir });
    if (exitCode != 0)
    {
        throw new CakeException($"{tool} failed with exit code {exitCode}.");
    }
}

bool SameText(FilePath a, FilePath b) =>
    FileExists(a) && FileExists(b) && System.IO.File.ReadAllText(a.FullPath) == System.IO.File.ReadAllText(b.FullPath);

void ShowDiff(FilePath committed, FilePath fresh)
{
    StartProcess("diff", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("-u").AppendQuoted(committed.FullPath).AppendQuoted(fresh.FullPath),
        RedirectStandardOutput = true,
    }, out var diff);
    diff.Take(60).ToList().ForEach(Console.WriteLine);
}

//////////////////////////////////////////////////////////////////////
// Benchmark
//////////////////////////////////////////////////////////////////////

string BenchmarkDll(string name) =>
    repoRoot.CombineWithFilePath($"benchmarks/{name}/bin/{configuration}/net10.0/PageShare.Benchmarks.{name}.dll").FullPath;

// Migrates, then fills an empty database once; a database with posts is measured as it is (say its size in the results).
void EnsureBenchData(string dbUrl, int users, int posts)
{
    var dev = DevEnvironment(dbUrl);
    RunApiVerb(dev, "migrate");
    if (int.Parse(Psql(dbUrl, "select count(*) from posts").Trim()) > 0)
    {
        Information("The bench database already has posts: measuring it as it is (delete .local/bench for new data).");
        return;
    }

    Information($"Generating {users} users and {posts} posts...");
    var watch = Stopwatch.StartNew();
    RunApiVerb(dev, $"seed --users {users} --posts {posts}");
    Information($"Data generated in {watch.Elapsed.TotalMinutes:0.0} min.");
}

// Production settings, local: a secret and salt made for this run, loopback URLs, no outside calls; rate limits so
// high that the limiter still runs but never answers 429 (a few thousand sampled users make ~1000 requests/s).
Dictionary<string, string> BenchApiEnvironment(string dbUrl, string logLevel) => new Dictionary<string, string>
{
    ["DATABASE_URL"] = dbUrl,
    ["ENVIRONMENT"] = "production",
    ["SUPABASE_JWT_SECRET"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(36)),
    ["IP_HASH_SALT"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)),
    ["PUBLIC_BASE_URL"] = "http://127.0.0.1",
    ["GEOLOCATION_PROVIDER"] = "none",
    ["LOG_LEVEL"] = logLevel,
    ["RATE_LIMIT_READS_PER_MINUTE"] = "100000000",
    ["RATE_LIMIT_WRITES_PER_MINUTE"] = "100000000",
    ["DOTNET_NOLOGO"] = "1",
};

int RunLoadClient(Dictionary<string, string> env, string[] args, bool allowFailure = false)
{
    var arguments = new ProcessArgumentBuilder().AppendQuoted(BenchmarkDll("LoadClient"));
    foreach (var arg in args.Where(a => a != null)) { arguments.AppendQuoted(arg); }
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments, WorkingDirectory = repoRoot, EnvironmentVariables = env });
    if (exitCode != 0 && !allowFailure)
    {
        throw new CakeException($"The load client ({args[0]}) failed with exit code {exitCode}.");
    }
    return exitCode;
}

// psql from the PostgreSQL packages: -c SQL (when given) or the extra arguments; returns stdout.
string Psql(string dbUrl, string sql, params string[] args)
{
    var arguments = new ProcessArgumentBuilder().AppendQuoted(dbUrl).Append("-X").Append("-At").Append("-v").Append("ON_ERROR_STOP=1");
    if (sql != null) { arguments.Append("-c").AppendQuoted(sql); }
    foreach (var arg in args) { arguments.AppendQuoted(arg); }
    var exitCode = StartProcess("psql", new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true }, out var stdout);
    if (exitCode != 0)
    {
        throw new CakeException($"psql failed with exit code {exitCode}.");
    }
    return string.Join("\n", stdout);
}

//////////////////////////////////////////////////////////////////////
// Small utilities
//////////////////////////////////////////////////////////////////////

// Port 0 asks the kernel for a free port; the tiny race until the server binds is acceptable here.
static int FreeLoopbackPort()
{
    var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

// The cluster runs as the postgres OS user when we are root, so it must be able to enter the folder.
DirectoryPath CreateWorldReadableTempDirectory(string prefix)
{
    var dir = System.IO.Directory.CreateTempSubdirectory(prefix);
    if (!OperatingSystem.IsWindows())
    {
        System.IO.File.SetUnixFileMode(dir.FullName, (UnixFileMode)Convert.ToInt32("755", 8));
    }
    return new DirectoryPath(dir.FullName);
}

// The built API as a background process with its output in a log file, stopped on Dispose.
sealed class ApiServer : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly string _logPath;

    private ApiServer(Process process, StreamWriter log, string logPath, string baseUrl)
    {
        _process = process;
        _log = log;
        _logPath = logPath;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public int ProcessId => _process.Id;

    public static ApiServer Start(string dll, IDictionary<string, string> env, int port, string logPath)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var pair in env) { info.Environment[pair.Key] = pair.Value; }
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (log) { log.WriteLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ApiServer(process, log, logPath, baseUrl);
    }

    public void PrintLogTail()
    {
        lock (_log) { _log.Flush(); }
        var lines = System.IO.File.ReadAllLines(_logPath);
        Console.WriteLine($"Last lines of the API log ({_logPath}):");
        foreach (var line in lines.Skip(Math.Max(0, lines.Length - 40))) { Console.WriteLine(line); }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        lock (_log) { _log.Dispose(); }
    }
}

// Totals over every TRX file and the Node smoke test; non-test steps that fail count as one failure each.
sealed class TestTally
{
    private readonly List<(string Name, int Passed, int Failed, int Skipped, string Note)> _rows = new();
    private readonly List<string> _checks = new();

    public int Passed => _rows.Sum(r => r.Passed);
    public int Failed => _rows.Sum(r => r.Failed);
    public int Skipped => _rows.Sum(r => r.Skipped);
    public bool Succeeded => Failed == 0;
    public string Summary => Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";

    public void AddTrx(string project, string trxPath, bool runFailed, TimeSpan elapsed)
    {
        var note = $"{elapsed.TotalSeconds:0.0} s";
        if (!System.IO.File.Exists(trxPath))
        {
            _rows.Add((project, 0, 1, 0, note + ", no TRX file: the test run crashed"));
            return;
        }
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var counters = XDocument.Load(trxPath).Descendants(ns + "Counters").Single();
        int Count(string attribute) => (int?)counters.Attribute(attribute) ?? 0;
        var failed = Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        if (runFailed && failed == 0)
        {
            failed = 1;
            note += ", test host failed without a failing test";
        }
        _rows.Add((project, Count("passed"), failed, Count("notExecuted") + Count("inconclusive"), note));
    }

    // Checks that are not tests (client drift, tsc) are listed but only counted when they fail.
    public bool AddCheck(string name, Action check)
    {
        try
        {
            check();
            _checks.Add($"ok   {name}");
            return true;
        }
        catch (Exception ex)
        {
            _checks.Add($"FAIL {name}");
            AddFailure(name, ex.Message);
            return false;
        }
    }

    public void AddFailure(string name, string reason) => _rows.Add((name, 0, 1, 0, reason));

    // The smoke test reports its own "N passed, N failed" line; a crash before it counts as one failure.
    public void AddSmoke(string name, IReadOnlyList<string> output, int exitCode)
    {
        var match = output.Select(l => Regex.Match(l, @"(\d+) passed, (\d+) failed")).LastOrDefault(m => m.Success);
        if (match == null)
        {
            _rows.Add((name, 0, 1, 0, $"exit code {exitCode}, no summary line"));
            return;
        }
        var failed = int.Parse(match.Groups[2].Value);
        if (exitCode != 0 && failed == 0) { failed = 1; }
        _rows.Add((name, int.Parse(match.Groups[1].Value), failed, 0, $"exit code {exitCode}"));
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("Results:");
        foreach (var row in _rows)
        {
            var status = row.Failed == 0 ? "ok  " : "FAIL";
            Console.WriteLine($"  {status} {row.Name,-45} passed {row.Passed,4}  failed {row.Failed,3}  skipped {row.Skipped,3}  ({row.Note})");
        }
        if (_checks.Count > 0)
        {
            Console.WriteLine("Client checks:");
            _checks.ForEach(check => Console.WriteLine("  " + check));
        }
    }
}

//////////////////////////////////////////////////////////////////////
// Entry point
//////////////////////////////////////////////////////////////////////

// Cake prints its task table after RunTarget; the test summary must be the very last line (CI reads it).
var failed = false;
try
{
    RunTarget(target);
}
catch (Exception ex)
{
    Error(ex.Message);
    failed = true;
}
finally
{
    if (testSummary != null)
    {
        Console.WriteLine(testSummary);
    }
}
if (failed)
{
    Environment.Exit(1);
}
