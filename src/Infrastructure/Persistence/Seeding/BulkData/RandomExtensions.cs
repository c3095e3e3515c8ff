namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>The few draws the generator needs beyond <see cref="Random"/>'s own.</summary>
internal static class RandomExtensions
{
    /// <summary>A random (version 4 shaped) id drawn from the seeded stream, so ids repeat with the seed.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>Pareto with minimum 1 and shape <paramref name="alpha"/>: most draws near 1, a heavy tail.</summary>
    public static double NextPareto(this Random random, double alpha) => 1 / Math.Pow(1 - random.NextDouble(), 1 / alpha);

    /// <summary>Exponential with the given mean.</summary>
    public static double NextExponential(this Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    /// <summary>Rounds up with probability equal to the fraction, so small expected counts keep their mean.</summary>
    public static int RoundStochastic(this Random random, double value)
    {
        var floor = Math.Floor(value);
        return (int)floor + (random.NextDouble() < value - floor ? 1 : 0);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A stream per table derived from the seed, so each table is reproducible on its own.</summary>
    public static Random Derive(int seed, int salt) => new(unchecked((seed * 397) ^ (salt * 7919) ^ 0x5eed));
}
