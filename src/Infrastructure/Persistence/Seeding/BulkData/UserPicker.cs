namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Draws distinct users for one target (the likers of a post, the voters of a poll). Half the draws follow
/// activity, half are uniform: heavy users show up everywhere, yet a viral post can still reach thousands.
/// </summary>
internal sealed class UserPicker(WeightedSampler activity, int users)
{
    private readonly HashSet<int> _picked = [];

    /// <summary>Up to <paramref name="count"/> distinct users (capped at half the population), reused buffer.</summary>
    public IReadOnlyCollection<int> Pick(Random random, int count)
    {
        _picked.Clear();
        count = Math.Min(count, users / 2);
        for (var draws = 0; _picked.Count < count && draws < (4 * count) + 20; draws++)
        {
            _picked.Add(random.Chance(0.5) ? activity.Next(random) : random.Next(users));
        }

        return _picked;
    }
}
