namespace PageShare.Application.Metrics;

/// <summary>
/// The <see cref="Days"/> days [<see cref="From"/>, <see cref="To"/>] against the equally long period before them.
/// <see cref="Content"/> = posts; <see cref="Engagement"/> = comments + reactions + reposts.
/// </summary>
public sealed record GrowthPeriodDto(
    int Days,
    DateOnly From,
    DateOnly To,
    DateOnly PreviousFrom,
    DateOnly PreviousTo,
    GrowthFigureDto Users,
    GrowthFigureDto ActiveUsers,
    GrowthFigureDto Signups,
    GrowthFigureDto Content,
    GrowthFigureDto Engagement,
    GrowthFigureDto Posts,
    GrowthFigureDto Comments,
    GrowthFigureDto Reactions,
    GrowthFigureDto Reposts,
    GrowthFigureDto Follows);
