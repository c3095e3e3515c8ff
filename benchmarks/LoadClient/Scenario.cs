namespace PageShare.Benchmarks.LoadClient;

/// <summary>One request shape driven in a closed loop; <see cref="NewRequest"/> picks its viewer and ids from the sample.</summary>
internal sealed record Scenario(string Name, ScenarioKind Kind, HttpClient Client, Func<Random, HttpRequestMessage> NewRequest);
