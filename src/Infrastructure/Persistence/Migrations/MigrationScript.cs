using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PageShare.Infrastructure.Persistence.Migrations;

/// <summary>One versioned SQL file, <c>NNNN_description.sql</c>.</summary>
public sealed partial record MigrationScript
{
    private MigrationScript(int version, string name, string sql, string checksum)
    {
        Version = version;
        Name = name;
        Sql = sql;
        Checksum = checksum;
    }

    public int Version { get; }

    /// <summary>The file name without <c>.sql</c>, e.g. <c>0003_users</c>; stored in schema_migrations.</summary>
    public string Name { get; }

    public string FileName => Name + ".sql";

    /// <summary>The script text with line endings normalised to LF.</summary>
    public string Sql { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Sql"/> in UTF-8.</summary>
    public string Checksum { get; }

    /// <summary>Builds a script from its file name and text.</summary>
    /// <exception cref="ArgumentException">The file name is not <c>NNNN_description.sql</c>.</exception>
    public static MigrationScript Create(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);

        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new ArgumentException(
                $"Migration file '{fileName}' must be named NNNN_description.sql (digits, underscore, a-z 0-9 _).",
                nameof(fileName));
        }

        // A checkout with CRLF line endings must not look like an edited file.
        var sql = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        var version = int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new MigrationScript(version, match.Groups["name"].Value, sql, checksum);
    }

    [GeneratedRegex(@"^(?<name>(?<version>[0-9]{1,9})_[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
