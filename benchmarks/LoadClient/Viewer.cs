namespace PageShare.Benchmarks.LoadClient;

/// <summary>A real user of the benchmark database and a token the API accepts for them.</summary>
internal sealed record Viewer(Guid Id, string Token);
