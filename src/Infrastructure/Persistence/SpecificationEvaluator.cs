using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Specifications;

namespace PageShare.Infrastructure.Persistence;

/// <summary>Applies a specification in Ardalis's order: criteria, includes, ordering, paging, tracking, projection.</summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> GetQuery<T>(IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        var query = specification.WhereExpressions.Aggregate(source, (q, criteria) => q.Where(criteria));
        query = specification.IncludeExpressions.Aggregate(query, (q, include) => q.Include(include));

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.Kind switch
            {
                OrderKind.OrderBy => query.OrderBy(order.KeySelector),
                OrderKind.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderKind.ThenBy => ordered!.ThenBy(order.KeySelector),
                OrderKind.ThenByDescending => ordered!.ThenByDescending(order.KeySelector),
                _ => throw new ArgumentOutOfRangeException(nameof(specification), order.Kind, "Unknown order kind."),
            };
            query = ordered;
        }

        if (specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is { } take)
        {
            query = query.Take(take);
        }

        return specification.AsNoTracking ? query.AsNoTracking() : query;
    }

    public static IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class
    {
        var selector = specification.Selector
            ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select.");
        return GetQuery(source, (ISpecification<T>)specification).Select(selector);
    }
}
