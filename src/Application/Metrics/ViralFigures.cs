namespace PageShare.Application.Metrics;

public sealed record ViralFigures(int ConnectedSignups, int PreviousActive);
