using System.Globalization;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>Peak resident memory of a process (Linux <c>VmHWM</c>): the high-water mark since it started, in MB.</summary>
internal static class ProcessMemory
{
    public static double? PeakMegabytes(int? pid)
    {
        var path = $"/proc/{pid}/status";
        if (pid is null || !File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
    }
}
