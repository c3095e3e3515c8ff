using System.Numerics;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// A log-linear histogram of latencies in microseconds, HDR style: exact below 128 µs, then 64 buckets per power
/// of two (at most 1.6% relative error), so recording is a shift and an increment and memory is fixed. One per
/// worker, merged at the end: no locking on the hot path.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBucketBits = 6;
    private const int SubBucketCount = 1 << SubBucketBits;
    private const int LinearLimit = 2 * SubBucketCount;
    private const int MaxShift = 40 - SubBucketBits; // up to 2^40 µs, about 12 days

    private readonly long[] _counts = new long[(MaxShift + 2) * SubBucketCount];

    public long Count { get; private set; }

    public long MaxMicroseconds { get; private set; }

    public double SumMicroseconds { get; private set; }

    public double MeanMicroseconds => Count == 0 ? 0 : SumMicroseconds / Count;

    public void Record(long microseconds)
    {
        var value = Math.Max(0, microseconds);
        _counts[IndexOf(value)]++;
        Count++;
        SumMicroseconds += value;
        MaxMicroseconds = Math.Max(MaxMicroseconds, value);
    }

    public void Add(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
        SumMicroseconds += other.SumMicroseconds;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
    }

    /// <summary>The value at <paramref name="percentile"/> (0..100): the highest value of its bucket, never above the max.</summary>
    public long ValueAt(double percentile)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * Count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Min(HighestValueOf(i), MaxMicroseconds);
            }
        }

        return MaxMicroseconds;
    }

    internal static int IndexOf(long value)
    {
        if (value < LinearLimit)
        {
            return (int)value;
        }

        var shift = Math.Min(63 - BitOperations.LeadingZeroCount((ulong)value) - SubBucketBits, MaxShift);
        var sub = Math.Min(value >> shift, (2 * SubBucketCount) - 1);
        return ((shift + 1) * SubBucketCount) + (int)sub - SubBucketCount;
    }

    internal static long HighestValueOf(int index)
    {
        if (index < LinearLimit)
        {
            return index;
        }

        var shift = (index / SubBucketCount) - 1;
        var sub = (long)(index % SubBucketCount) + SubBucketCount;
        return ((sub + 1) << shift) - 1;
    }
}
