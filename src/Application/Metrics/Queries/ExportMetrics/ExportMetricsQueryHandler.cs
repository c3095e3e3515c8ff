using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Metrics.Queries.ExportMetrics;

internal sealed class ExportMetricsQueryHandler(IMetricsQueries metrics, TimeProvider clock)
    : IRequestHandler<ExportMetricsQuery, MetricsExportDto>
{
    public async Task<MetricsExportDto> Handle(ExportMetricsQuery request, CancellationToken cancellationToken)
    {
        var today = MetricsMath.Today(clock);
        var (from, to) = ExportRange.Resolve(request, today);
        var days = await metrics.GetDailyAsync(from, to, today, cancellationToken);
        return new MetricsExportDto(from, to, days);
    }
}
