using FluentValidation;

namespace PageShare.Application.Metrics.Queries.ExportMetrics;

internal sealed class ExportMetricsQueryValidator : AbstractValidator<ExportMetricsQuery>
{
    public ExportMetricsQueryValidator(TimeProvider clock)
    {
        RuleFor(q => q.Format).Must(f => f is null or ExportMetricsQuery.Csv or ExportMetricsQuery.Json)
            .WithMessage($"must be {ExportMetricsQuery.Csv} or {ExportMetricsQuery.Json}.");
        RuleFor(q => q.From).Must(d => ExportRange.TryParseDay(d, out _)).When(q => q.From is not null)
            .WithMessage("must be an ISO date (yyyy-MM-dd).");
        RuleFor(q => q.To).Must(d => ExportRange.TryParseDay(d, out _)).When(q => q.To is not null)
            .WithMessage("must be an ISO date (yyyy-MM-dd).");

        // Range rules only once both ends read as dates; they name the field a client should change.
        When(q => (q.From is null || ExportRange.TryParseDay(q.From, out _)) && (q.To is null || ExportRange.TryParseDay(q.To, out _)), () =>
        {
            RuleFor(q => q).Custom((_, context) =>
            {
                var today = MetricsMath.Today(clock);
                var (from, to) = ExportRange.Resolve(context.InstanceToValidate, today);
                if (to > today)
                {
                    context.AddFailure("to", "must not be in the future (UTC).");
                }

                if (from > to)
                {
                    context.AddFailure("from", "must not be after to.");
                }
                else if (to.DayNumber - from.DayNumber + 1 > ExportMetricsQuery.MaxDays)
                {
                    context.AddFailure("from", $"the range covers at most {ExportMetricsQuery.MaxDays} days.");
                }
            });
        });
    }
}
