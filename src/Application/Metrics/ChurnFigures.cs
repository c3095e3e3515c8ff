namespace PageShare.Application.Metrics;

public sealed record ChurnFigures(int PreviousActive, int Churned);
