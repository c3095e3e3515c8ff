namespace PageShare.Application.Metrics;

/// <summary>A figure now and one period earlier; <see cref="ChangePct"/> null when the earlier one is 0.</summary>
public sealed record GrowthFigureDto(int Current, int Previous, decimal? ChangePct)
{
    public static GrowthFigureDto Of(int current, int previous) => new(current, previous, MetricsMath.Percent(current - previous, previous));
}
