using System.Globalization;

namespace PageShare.Application.Metrics.Queries.ExportMetrics;

/// <summary>The export's days, with its defaults; the validator and the handler read the query the same way.</summary>
internal static class ExportRange
{
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>to = <c>To</c> or today; from = <c>From</c> or the <see cref="ExportMetricsQuery.DefaultDays"/> days ending at to.</summary>
    public static (DateOnly From, DateOnly To) Resolve(ExportMetricsQuery query, DateOnly today)
    {
        var to = TryParseDay(query.To, out var t) ? t : today;
        var from = TryParseDay(query.From, out var f) ? f : to.AddDays(-(ExportMetricsQuery.DefaultDays - 1));
        return (from, to);
    }
}
