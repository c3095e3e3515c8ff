using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Metrics.Queries.ExportMetrics;

/// <summary>
/// <c>GET /metrics/export?format=csv|json&amp;from=&amp;to=</c> (admin): the daily series for [from, to], ISO dates (UTC days),
/// at most <see cref="MaxDays"/> days, not after today. Defaults: to = today, from = the 30 days ending at to, format json.
/// </summary>
public sealed record ExportMetricsQuery(string? Format, string? From, string? To) : IRequest<MetricsExportDto>, IAdminRequest
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
    public const string Csv = "csv";
    public const string Json = "json";
}
