using System.Linq.Expressions;

namespace PageShare.Application.Common.Specifications;

internal sealed class SpecificationBuilder<T>(Specification<T> specification) : ISpecificationBuilder<T>
{
    public ISpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria)
    {
        specification.AddWhere(criteria);
        return this;
    }

    public ISpecificationBuilder<T> Include(Expression<Func<T, object?>> navigation)
    {
        specification.AddInclude(navigation);
        return this;
    }

    public ISpecificationBuilder<T> OrderBy(Expression<Func<T, object?>> key) => Order(key, OrderKind.OrderBy);

    public ISpecificationBuilder<T> OrderByDescending(Expression<Func<T, object?>> key) => Order(key, OrderKind.OrderByDescending);

    public ISpecificationBuilder<T> ThenBy(Expression<Func<T, object?>> key) => Order(key, OrderKind.ThenBy);

    public ISpecificationBuilder<T> ThenByDescending(Expression<Func<T, object?>> key) => Order(key, OrderKind.ThenByDescending);

    public ISpecificationBuilder<T> Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        specification.Skip = count;
        return this;
    }

    public ISpecificationBuilder<T> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        specification.Take = count;
        return this;
    }

    public ISpecificationBuilder<T> AsNoTracking()
    {
        specification.AsNoTracking = true;
        return this;
    }

    private SpecificationBuilder<T> Order(Expression<Func<T, object?>> key, OrderKind kind)
    {
        var hasPrimary = specification.OrderExpressions.Count > 0;
        if (kind is OrderKind.ThenBy or OrderKind.ThenByDescending && !hasPrimary)
        {
            throw new InvalidOperationException("ThenBy needs an OrderBy first.");
        }

        specification.AddOrder(new OrderExpression<T>(key, kind));
        return this;
    }
}
