namespace PageShare.Benchmarks.LoadClient;

/// <summary>Which budget a scenario answers to (issue 7).</summary>
internal enum ScenarioKind
{
    Read,
    FeedRead,
    PostRead,
    Write,
    Floor,
}
