namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>Draws indexes in proportion to fixed weights (cumulative table + binary search, O(log n)).</summary>
internal sealed class WeightedSampler
{
    private readonly double[] _cumulative;

    public WeightedSampler(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
            _cumulative[i] = total;
        }
    }

    public int Count => _cumulative.Length;

    /// <summary>Weight 1 / (rank + offset)^exponent for rank 0..n-1: Zipf's law, a power law over ranks.</summary>
    public static WeightedSampler Zipf(int count, double exponent, double offset = 1)
    {
        var weights = new double[count];
        for (var rank = 0; rank < count; rank++)
        {
            weights[rank] = 1 / Math.Pow(rank + offset, exponent);
        }

        return new WeightedSampler(weights);
    }

    /// <summary>The share of the total weight held by index <paramref name="index"/>.</summary>
    public double Share(int index) => (_cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1])) / _cumulative[^1];

    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, _cumulative.Length - 1);
    }
}
