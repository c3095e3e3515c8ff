namespace PageShare.WebApi.Cli;

/// <summary>
/// Splits an operator verb (<c>migrate</c>, <c>seed</c>, <c>dev-token alice</c>, <c>admin grant alice</c>) from the host's own
/// arguments (<c>--urls ...</c>), which go to ASP.NET configuration untouched.
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
        var hostArguments = args.Skip(1 + verbArguments.Count).ToArray();
        return new CommandLine(args[0], verbArguments, hostArguments);
    }
}
