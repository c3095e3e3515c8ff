using System.Linq.Expressions;

namespace PageShare.Application.Common.Specifications;

/// <summary>
/// In-house stand-in for Ardalis.Specification (absent from our feed) with the same names:
/// subclasses describe a query in their constructor through <see cref="Query"/>.
/// </summary>
public abstract class Specification<T> : ISpecification<T>
{
    private readonly List<Expression<Func<T, bool>>> _where = [];
    private readonly List<Expression<Func<T, object?>>> _includes = [];
    private readonly List<OrderExpression<T>> _orders = [];

    protected Specification() => Query = new SpecificationBuilder<T>(this);

    protected ISpecificationBuilder<T> Query { get; }

    public IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions => _where;

    public IReadOnlyList<Expression<Func<T, object?>>> IncludeExpressions => _includes;

    public IReadOnlyList<OrderExpression<T>> OrderExpressions => _orders;

    public int? Skip { get; internal set; }

    public int? Take { get; internal set; }

    public bool AsNoTracking { get; internal set; }

    internal void AddWhere(Expression<Func<T, bool>> criteria) => _where.Add(criteria);

    internal void AddInclude(Expression<Func<T, object?>> include) => _includes.Add(include);

    internal void AddOrder(OrderExpression<T> order) => _orders.Add(order);
}

/// <summary>A specification that projects each match with <c>Query.Select</c>.</summary>
public abstract class Specification<T, TResult> : Specification<T>, ISpecification<T, TResult>
{
    public Expression<Func<T, TResult>>? Selector { get; private set; }

    protected void Select(Expression<Func<T, TResult>> selector) => Selector = selector;
}
