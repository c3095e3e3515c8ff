using System.Runtime.InteropServices;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>The machine line of the report: CPU model and count, memory, OS, runtime, and the load when the run began.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadFirst("/proc/cpuinfo", "model name")?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadFirst("/proc/meminfo", "MemTotal")?.Split(':', 2)[1].Trim() ?? "unknown memory";
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        return $"{Environment.ProcessorCount} × {cpu}, {memory}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; "
            + $"load average {load} at the start (the machine is shared)";
    }

    private static string? ReadFirst(string path, string prefix) =>
        File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
}
