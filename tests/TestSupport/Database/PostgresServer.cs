using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using PageShare.Infrastructure.Persistence;

namespace PageShare.TestSupport.Database;

/// <summary>
/// The PostgreSQL server the integration tests use. The build script starts a throwaway cluster and
/// passes its URL in <c>PAGESHARE_TEST_DATABASE_URL</c>; without it (a plain <c>dotnet test</c>) the
/// first caller starts a private cluster with <c>scripts/local-postgres.sh --fast</c> in a temporary
/// folder on a free loopback port, stopped and deleted when the test process exits.
/// </summary>
public static class PostgresServer
{
    public const string UrlVariable = "PAGESHARE_TEST_DATABASE_URL";

    private static readonly Lazy<Task<string>> _adminConnectionString =
        new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An Npgsql connection string for a superuser on the server's maintenance database.</summary>
    public static Task<string> GetAdminConnectionStringAsync() => _adminConnectionString.Value;

    private static async Task<string> StartAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            url = await PrivateCluster.StartAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString(url))
        {
            // Creating and dropping databases only: no pool to hold connections to dropped databases.
            Pooling = false,
        };
        return builder.ConnectionString;
    }

    private static class PrivateCluster
    {
        private static readonly TimeSpan _scriptTimeout = TimeSpan.FromMinutes(3);

        public static async Task<string> StartAsync()
        {
            var script = Path.Combine(FindRepositoryRoot(), "scripts", "local-postgres.sh");
            var dir = Path.Combine(Path.GetTempPath(), $"pageshare-test-pg-{Guid.NewGuid():N}"[..28]);
            var port = FreeLoopbackPort();

            // Registered before the start so that a half-started cluster is cleaned up too.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(script, dir);
            StartWatchdog(script, dir);

            var (exitCode, stdout, stderr) = await RunAsync(
                "bash", [script, "start", "--dir", dir, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", "postgres", "--fast"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException(
                    $"Could not start a test PostgreSQL cluster (exit {exitCode}); set {UrlVariable} to use a running one.\n{stderr}");
            }

            return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        }

        // The test host may be killed moments after ProcessExit starts, so the stop and the delete
        // run in a child process that outlives it; waiting only makes a normal exit tidy.
        private static void Stop(string script, string dir)
        {
            using var cleanup = StartDetached(
                "bash \"$0\" stop --dir \"$1\"; rm -rf \"$1\"", script, dir);
            cleanup?.WaitForExit(TimeSpan.FromSeconds(30));
        }

        // Stops the cluster when this process dies without running ProcessExit (killed test host).
        private static void StartWatchdog(string script, string dir)
        {
            using var watchdog = StartDetached(
                "while kill -0 \"$2\"; do sleep 0.5; done; bash \"$0\" stop --dir \"$1\"; rm -rf \"$1\"",
                script,
                dir,
                Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static Process? StartDetached(string command, params string[] arguments)
        {
            // Closing the inherited output keeps `dotnet test` from waiting on a pipe held by the child.
            var info = new ProcessStartInfo("bash") { UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("exec </dev/null >/dev/null 2>&1; " + command);
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            return Process.Start(info);
        }

        private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string fileName, string[] arguments)
        {
            var info = new ProcessStartInfo(fileName)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
            };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not run {fileName}.");
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(_scriptTimeout);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout, await stderr);
        }

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PageShare.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No PageShare.sln above {AppContext.BaseDirectory}; set {UrlVariable}.");
        }

        private static int FreeLoopbackPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
