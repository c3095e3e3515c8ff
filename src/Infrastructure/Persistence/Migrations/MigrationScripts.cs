using System.Reflection;

namespace PageShare.Infrastructure.Persistence.Migrations;

/// <summary>The SQL files embedded in this assembly from <c>Persistence/Migrations</c>.</summary>
public static class MigrationScripts
{
    private const string ResourcePrefix = "PageShare.Infrastructure.Persistence.Migrations.";

    private static readonly Lazy<IReadOnlyList<MigrationScript>> _embedded = new(() => Load(typeof(MigrationScripts).Assembly));

    /// <summary>Every embedded script, ordered by version.</summary>
    public static IReadOnlyList<MigrationScript> Embedded => _embedded.Value;

    internal static IReadOnlyList<MigrationScript> Load(Assembly assembly)
    {
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded resource {resource} cannot be read.");
            using var reader = new StreamReader(stream);
            scripts.Add(MigrationScript.Create(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return Order(scripts);
    }

    /// <summary>Orders scripts by version and refuses two files with one version.</summary>
    internal static IReadOnlyList<MigrationScript> Order(IEnumerable<MigrationScript> scripts)
    {
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        var duplicate = ordered.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Migrations {string.Join(" and ", duplicate.Select(s => s.FileName))} share version {duplicate.Key}.");
        }

        return ordered;
    }
}
