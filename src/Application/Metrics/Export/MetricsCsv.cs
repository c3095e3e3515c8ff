using System.Globalization;

namespace PageShare.Application.Metrics.Export;

/// <summary>The CSV form of <c>GET /metrics/export</c>: a header row, then one row per day.</summary>
public static class MetricsCsv
{
    private static readonly string[] Header =
        ["day", "dau", "wau", "mau", "signups", "users_total", "posts", "comments", "reactions", "reposts", "follows", "poll_votes"];

    public static string Write(MetricsExportDto export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var csv = new CsvWriter();
        foreach (var name in Header)
        {
            csv.Text(name);
        }

        csv.EndRow();
        foreach (var d in export.Days)
        {
            csv.Text(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Number(d.Dau).Number(d.Wau).Number(d.Mau).Number(d.Signups).Number(d.UsersTotal)
                .Number(d.Posts).Number(d.Comments).Number(d.Reactions).Number(d.Reposts).Number(d.Follows).Number(d.PollVotes)
                .EndRow();
        }

        return csv.ToString();
    }

    public static string FileName(MetricsExportDto export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return string.Create(CultureInfo.InvariantCulture, $"pageshare-metrics-{export.From:yyyy-MM-dd}-to-{export.To:yyyy-MM-dd}.csv");
    }
}
