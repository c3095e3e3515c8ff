using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PageShare.Application.Search;
using PageShare.Application.Users;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// Search in SQL. Users: ILIKE prefix and pg_trgm similarity (`%`, threshold pg_trgm.similarity_threshold) served by the
/// trigram GIN indexes of migration 0003; tickers: symbol prefix on ix_tickers_symbol_prefix, name ILIKE (a small
/// table); posts: <see cref="PostSearchStatement"/>. Each list is keyset paged on its ranking (<see cref="SearchCursor"/>).
/// Without a viewer the filters compare with Guid.Empty, which is no user's id, so one statement serves both cases.
/// </summary>
internal sealed class SearchQueries(PageShareDbContext db) : ISearchQueries
{
    // Both directions of a block hide a user.
    private const string UserNotBlocked = """
        AND NOT EXISTS (SELECT 1 FROM content_filters cf WHERE cf.user_id = @viewer AND cf.target_user_id = u.id AND cf.kind = 'block')
        AND NOT EXISTS (SELECT 1 FROM content_filters cf WHERE cf.user_id = u.id AND cf.target_user_id = @viewer AND cf.kind = 'block')
        """;

    // Shorter terms have too few trigrams for similarity to mean anything, and almost every user shares one of them:
    // at 100k users a 2-letter term rechecked 12-15k candidates (80-150 ms); their prefix matches alone take 5-10 ms.
    private const int MinSimilarityTermLength = 3;

    public async Task<IReadOnlyList<SearchHit<UserSummaryDto>>> FindUsersAsync(string term, Guid? viewerId, SearchCursor? after, int take,
        CancellationToken cancellationToken)
    {
        // Prefix matches rank before similar ones (tier 0): when they fill the page, the similarity candidates (a
        // trigram recheck of thousands of users for a common 4-letter prefix, ~100 ms under load) are not needed.
        var similarityMatters = term.Length >= MinSimilarityTermLength;
        if (similarityMatters && after is not { Tier: > 0 })
        {
            var prefixed = await QueryUsersAsync(term, viewerId, after, take, withSimilar: false, cancellationToken);
            if (prefixed.Count == take)
            {
                return prefixed;
            }
        }

        return await QueryUsersAsync(term, viewerId, after, take, similarityMatters, cancellationToken);
    }

    private async Task<IReadOnlyList<SearchHit<UserSummaryDto>>> QueryUsersAsync(string term, Guid? viewerId, SearchCursor? after, int take,
        bool withSimilar, CancellationToken cancellationToken)
    {
        var similar = withSimilar ? "OR u.username % @term OR u.display_name % @term" : "";
        var sql = new StringBuilder().AppendLine($"""
            SELECT m.* FROM (
                SELECT u.id AS "Id", u.username AS "Username", u.display_name AS "DisplayName",
                       u.profile_picture_url AS "ProfilePictureUrl", u.is_verified AS "IsVerified",
                       CASE WHEN u.username ILIKE @prefix OR u.display_name ILIKE @prefix THEN 0 ELSE 1 END AS "Tier",
                       greatest(similarity(u.username, @term), similarity(u.display_name, @term))::float8 AS "Rank"
                FROM users u
                WHERE (u.username ILIKE @prefix OR u.display_name ILIKE @prefix {similar})
                  AND NOT u.is_anonymous
                  {UserNotBlocked}
            ) m
            """);
        List<NpgsqlParameter> parameters =
        [
            new("prefix", EscapeLike(term) + "%"),
            new("term", term),
            Viewer(viewerId),
            new("take", take),
        ];
        if (after is { } position)
        {
            sql.AppendLine("""
                WHERE m."Tier" > @tier OR (m."Tier" = @tier AND (m."Rank" < @rank OR (m."Rank" = @rank AND m."Id" > @key)))
                """);
            parameters.AddRange([new("tier", position.Tier), new("rank", position.Rank), new("key", SearchKeys.AsGuid(position))]);
        }

        sql.AppendLine("""ORDER BY m."Tier", m."Rank" DESC, m."Id" LIMIT @take""");
        var rows = await db.Database.SqlQueryRaw<UserRow>(sql.ToString(), [.. parameters]).ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit<UserSummaryDto>(
            new UserSummaryDto(r.Id, r.Username, r.DisplayName, r.ProfilePictureUrl, r.IsVerified),
            new SearchCursor(SearchType.Users, r.Tier, r.Rank, DateTimeOffset.UnixEpoch, r.Id.ToString()))).ToList();
    }

    public async Task<IReadOnlyList<SearchHit<TickerSummaryDto>>> FindTickersAsync(string term, SearchCursor? after, int take,
        CancellationToken cancellationToken)
    {
        var symbol = term.ToUpperInvariant();
        var sql = new StringBuilder().AppendLine("""
            SELECT m.* FROM (
                SELECT t.symbol AS "Symbol", t.name AS "Name", t.posts_count AS "PostsCount",
                       CASE WHEN t.symbol = @symbol THEN 0 WHEN t.symbol LIKE @symbolPrefix THEN 1 ELSE 2 END AS "Tier"
                FROM tickers t
                WHERE t.symbol LIKE @symbolPrefix OR t.name ILIKE @name
            ) m
            """);
        List<NpgsqlParameter> parameters =
        [
            new("symbol", symbol),
            new("symbolPrefix", EscapeLike(symbol) + "%"),
            new("name", "%" + EscapeLike(term) + "%"),
            new("take", take),
        ];
        if (after is { } position)
        {
            sql.AppendLine("""
                WHERE m."Tier" > @tier OR (m."Tier" = @tier AND (m."PostsCount" < @rank
                    OR (m."PostsCount" = @rank AND m."Symbol" COLLATE "C" > @key COLLATE "C")))
                """);
            parameters.AddRange([new("tier", position.Tier), new("rank", position.Rank), new("key", position.Key)]);
        }

        sql.AppendLine("""ORDER BY m."Tier", m."PostsCount" DESC, m."Symbol" COLLATE "C" LIMIT @take""");
        var rows = await db.Database.SqlQueryRaw<TickerRow>(sql.ToString(), [.. parameters]).ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit<TickerSummaryDto>(
            new TickerSummaryDto(r.Symbol, r.Name, r.PostsCount),
            new SearchCursor(SearchType.Tickers, r.Tier, r.PostsCount, DateTimeOffset.UnixEpoch, r.Symbol))).ToList();
    }

    public async Task<IReadOnlyList<SearchHit<Guid>>> FindPostsAsync(PostSearchTerms terms, Guid? viewerId, SearchCursor? after, int take,
        CancellationToken cancellationToken)
    {
        List<NpgsqlParameter> parameters = [Viewer(viewerId), new("take", take)];
        var sql = PostSearchStatement.Build(terms, after, parameters);
        var rows = await db.Database.SqlQueryRaw<PostRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit<Guid>(r.Id, new SearchCursor(SearchType.Posts, 0, r.Rank, r.At, r.Id.ToString())
        {
            Floor = r is { FloorAt: { } at, FloorId: { } id } ? new SearchWindowFloor(at, id) : null,
        })).ToList();
    }

    private static NpgsqlParameter Viewer(Guid? viewerId) => new("viewer", viewerId ?? Guid.Empty);

    // The default LIKE escape is the backslash; the search term is literal text, not a pattern.
    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private sealed record UserRow(Guid Id, string Username, string DisplayName, string? ProfilePictureUrl, bool IsVerified, int Tier, double Rank);

    private sealed record TickerRow(string Symbol, string? Name, int PostsCount, int Tier);

    private sealed record PostRow(Guid Id, DateTimeOffset At, double Rank, DateTimeOffset? FloorAt, Guid? FloorId);
}
