namespace PageShare.Application.Metrics;

/// <summary>The viral-coefficient proxy of docs/metrics.md over [<see cref="From"/>, <see cref="To"/>].</summary>
public sealed record ViralCoefficientDto(DateOnly From, DateOnly To, int ConnectedSignups, int PreviousActiveUsers, decimal? Value, string Formula)
{
    public const string FormulaText =
        "K = connected_signups / previous_active_users; connected_signups = users who signed up in [from, to] and followed, "
        + "within 7 days, someone who signed up before them; previous_active_users = users active in the equally long window before from";
}
