using System.Globalization;
using PageShare.Infrastructure.Persistence.Seeding.BulkData;

namespace PageShare.WebApi.Cli;

/// <summary>
/// The options of <c>seed</c>: none for the small demo data set, <c>--users N --posts M</c> (with
/// <c>--seed S</c>, <c>--days D</c>, <c>--append</c> or <c>--reset</c>) for a bulk data set.
/// </summary>
internal static class SeedArguments
{
    public static readonly string[] ValueOptions = ["--users", "--posts", "--seed", "--days"];
    public static readonly string[] FlagOptions = ["--append", "--reset"];

    /// <summary>Null options with a null error: the demo seed. An error names what is wrong.</summary>
    public static (BulkSeedOptions? Options, string? Error) Parse(IReadOnlyList<string> arguments)
    {
        var values = new Dictionary<string, int>();
        var flags = new HashSet<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var (name, inline) = Split(arguments[i]);
            if (FlagOptions.Contains(name))
            {
                flags.Add(name);
                continue;
            }

            if (!ValueOptions.Contains(name))
            {
                return (null, $"Unknown seed option '{arguments[i]}'.");
            }

            var raw = inline ?? (i + 1 < arguments.Count ? arguments[++i] : null);
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return (null, $"{name} needs a whole number.");
            }

            values[name] = value;
        }

        if (flags.Count > 1)
        {
            return (null, "Give --append or --reset, not both.");
        }

        if (!values.ContainsKey("--users") && !values.ContainsKey("--posts"))
        {
            return values.Count > 0 || flags.Count > 0 ? (null, "Bulk seeding needs --users N and/or --posts M.") : (null, null);
        }

        // One of the two is enough: ten posts per user is the generator's usual ratio.
        var users = values.GetValueOrDefault("--users", Math.Max(10, values.GetValueOrDefault("--posts") / 10));
        var posts = values.GetValueOrDefault("--posts", users * 10);
        if (users < 10)
        {
            return (null, "--users must be at least 10.");
        }

        var policy = flags.Contains("--reset") ? ExistingDataPolicy.Reset
            : flags.Contains("--append") ? ExistingDataPolicy.Append : ExistingDataPolicy.Refuse;
        return (new BulkSeedOptions(users, posts, values.GetValueOrDefault("--seed", BulkSeedOptions.DefaultSeed), policy,
            Math.Max(1, values.GetValueOrDefault("--days", 180))), null);
    }

    public static bool TakesValue(string argument) => ValueOptions.Contains(Split(argument).Name) && Split(argument).Inline is null;

    public static bool IsOption(string argument) => ValueOptions.Concat(FlagOptions).Contains(Split(argument).Name);

    private static (string Name, string? Inline) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (argument, null) : (argument[..equals], argument[(equals + 1)..]);
    }
}
