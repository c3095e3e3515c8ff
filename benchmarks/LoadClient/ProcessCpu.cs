using System.Globalization;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// CPU time a process has used so far (user + system, Linux <c>/proc/&lt;pid&gt;/stat</c>), in seconds. Divided by
/// the requests served in the same window it gives CPU per request: on a machine shared with other work that
/// figure moves far less than throughput, which depends on how much of the CPU the server got.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: the unit of utime and stime; 100 on every Linux platform .NET runs on.
    private const double TicksPerSecond = 100;

    public static double? Seconds(int? pid)
    {
        var path = $"/proc/{pid}/stat";
        if (pid is null || !File.Exists(path))
        {
            return null;
        }

        // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var userTicks = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var systemTicks = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (userTicks + systemTicks) / TicksPerSecond;
    }
}
