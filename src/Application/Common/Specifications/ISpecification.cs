using System.Linq.Expressions;

namespace PageShare.Application.Common.Specifications;

/// <summary>A named query shape (Ardalis.Specification's names), evaluated by Infrastructure.</summary>
public interface ISpecification<T>
{
    IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions { get; }

    IReadOnlyList<Expression<Func<T, object?>>> IncludeExpressions { get; }

    IReadOnlyList<OrderExpression<T>> OrderExpressions { get; }

    int? Skip { get; }

    int? Take { get; }

    bool AsNoTracking { get; }
}

/// <summary>A specification that also projects to <typeparamref name="TResult"/>.</summary>
public interface ISpecification<T, TResult> : ISpecification<T>
{
    Expression<Func<T, TResult>>? Selector { get; }
}

public enum OrderKind
{
    OrderBy,
    OrderByDescending,
    ThenBy,
    ThenByDescending,
}

public sealed record OrderExpression<T>(Expression<Func<T, object?>> KeySelector, OrderKind Kind);
