using System.Linq.Expressions;

namespace PageShare.Application.Common.Paging;

/// <summary>
/// Newest-first keyset paging on (timestamp, id): rows strictly after the cursor, ordered by both keys, one
/// extra row fetched to know whether another page exists. Served by the (created_at desc, id desc) indexes.
/// </summary>
public static class KeysetPaging
{
    private static readonly System.Reflection.MethodInfo GuidCompareTo = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;

    public static IQueryable<T> PageAfter<T>(this IQueryable<T> query, KeysetCursor? cursor, int limit,
        Expression<Func<T, DateTimeOffset>> at, Expression<Func<T, Guid>> id) =>
        query.After(cursor, at, id, ExpressionType.LessThan).OrderByDescending(at).ThenByDescending(id).Take(limit + 1);

    /// <summary>Oldest-first variant of <see cref="PageAfter{T}"/> (comments): rows strictly later than the cursor.</summary>
    public static IQueryable<T> PageAfterAscending<T>(this IQueryable<T> query, KeysetCursor? cursor, int limit,
        Expression<Func<T, DateTimeOffset>> at, Expression<Func<T, Guid>> id) =>
        query.After(cursor, at, id, ExpressionType.GreaterThan).OrderBy(at).ThenBy(id).Take(limit + 1);

    // (at, id) beyond the cursor in the list's direction: `at <op> c.At or (at = c.At and id <op> c.Id)`.
    private static IQueryable<T> After<T>(this IQueryable<T> query, KeysetCursor? cursor,
        Expression<Func<T, DateTimeOffset>> at, Expression<Func<T, Guid>> id, ExpressionType beyond)
    {
        if (cursor is not { } position)
        {
            return query;
        }

        var row = at.Parameters[0];
        var idBody = new ParameterSwap(id.Parameters[0], row).Visit(id.Body);
        // Members of a closure object, not constants, so EF sends parameters and reuses the plan.
        var boundary = Expression.Constant(new Boundary(position.At, position.Id));
        var boundaryAt = Expression.Property(boundary, nameof(Boundary.At));
        var boundaryId = Expression.Property(boundary, nameof(Boundary.Id));
        var beyondAt = Expression.MakeBinary(beyond, at.Body, boundaryAt);
        var sameTimeBeyondId = Expression.AndAlso(
            Expression.Equal(at.Body, boundaryAt),
            Expression.MakeBinary(beyond, Expression.Call(idBody, GuidCompareTo, boundaryId), Expression.Constant(0)));
        return query.Where(Expression.Lambda<Func<T, bool>>(Expression.OrElse(beyondAt, sameTimeBeyondId), row));
    }

    /// <summary>Turns the fetched keys (up to limit + 1) into a page, loading the items of the first <paramref name="limit"/>.</summary>
    public static async Task<CursorPage<TItem>> ToPageAsync<TItem>(this IReadOnlyList<PageKey> keys, int limit,
        Func<IReadOnlyList<Guid>, Task<IReadOnlyList<TItem>>> load)
    {
        var page = keys.ToPage(limit, k => k);
        return new CursorPage<TItem>(await load(page.Items.Select(k => k.Id).ToList()), page.NextCursor);
    }

    /// <summary>
    /// Turns fetched rows (up to limit + 1, in the list's order) into a page of the first <paramref name="limit"/>, with
    /// a cursor at the last of them when the extra row says another page exists.
    /// </summary>
    public static CursorPage<TItem> ToPage<TItem>(this IReadOnlyList<TItem> rows, int limit, Func<TItem, PageKey> key)
    {
        var page = rows.Take(limit).ToList();
        if (rows.Count <= limit)
        {
            return new CursorPage<TItem>(page, null);
        }

        var last = key(page[^1]);
        return new CursorPage<TItem>(page, new KeysetCursor(last.At, last.Id).Encode());
    }

    private sealed record Boundary(DateTimeOffset At, Guid Id);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
