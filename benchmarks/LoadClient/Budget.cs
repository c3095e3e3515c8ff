namespace PageShare.Benchmarks.LoadClient;

/// <summary>One issue 7 budget and whether this run met it; <see cref="Actual"/> is null when it was not measured.</summary>
internal sealed record Budget(string What, string Limit, string? Actual, bool? Met)
{
    public string Verdict => Met switch { true => "met", false => "**missed**", null => "not measured" };
}
