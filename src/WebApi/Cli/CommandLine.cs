namespace PageShare.WebApi.Cli;

/// <summary>
/// Splits an operator verb (<c>migrate</c>, <c>seed --users 1000</c>, <c>dev-token alice</c>, <c>admin grant alice</c>)
/// from the host's own arguments (<c>--urls ...</c>), which go to ASP.NET configuration untouched.
/// </summary>
public sealed record CommandLine(string? Verb, IReadOnlyList<string> VerbArguments, string[] HostArguments)
{
    public static readonly IReadOnlyList<string> Verbs = ["migrate", "seed", "dev-token", "admin"];

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || !Verbs.Contains(args[0]))
        {
            return new CommandLine(null, [], args);
        }

        var verbArguments = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var hostArguments = new List<string>();
        // The seed options are the verb's; any other --option (and its value) is the host's.
        for (var i = 1 + verbArguments.Count; i < args.Length; i++)
        {
            if (args[0] == "seed" && SeedArguments.IsOption(args[i]))
            {
                verbArguments.Add(args[i]);
                if (SeedArguments.TakesValue(args[i]) && i + 1 < args.Length)
                {
                    verbArguments.Add(args[++i]);
                }
            }
            else
            {
                hostArguments.Add(args[i]);
            }
        }

        return new CommandLine(args[0], verbArguments, [.. hostArguments]);
    }
}
