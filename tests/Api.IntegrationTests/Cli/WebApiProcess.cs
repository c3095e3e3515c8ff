using System.Diagnostics;

namespace PageShare.Api.IntegrationTests.Cli;

/// <summary>Runs the built WebApi binary as an operator would, with a clean environment of our choosing.</summary>
internal static class WebApiProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ENVIRONMENT", "DATABASE_URL", "SUPABASE_URL", "SUPABASE_JWT_SECRET", "IP_HASH_SALT", "SENTRY_DSN" })
        {
            start.Environment.Remove(key);
        }

        start.Environment["GEOLOCATION_PROVIDER"] = "none";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The WebApi process did not exit within 60 s (did it start serving?).");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
