using System.Linq.Expressions;

namespace PageShare.Application.Common.Specifications;

/// <summary>The fluent <c>Query</c> of a specification (Ardalis's method names).</summary>
public interface ISpecificationBuilder<T>
{
    ISpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria);

    ISpecificationBuilder<T> Include(Expression<Func<T, object?>> navigation);

    ISpecificationBuilder<T> OrderBy(Expression<Func<T, object?>> key);

    ISpecificationBuilder<T> OrderByDescending(Expression<Func<T, object?>> key);

    ISpecificationBuilder<T> ThenBy(Expression<Func<T, object?>> key);

    ISpecificationBuilder<T> ThenByDescending(Expression<Func<T, object?>> key);

    ISpecificationBuilder<T> Skip(int count);

    ISpecificationBuilder<T> Take(int count);

    ISpecificationBuilder<T> AsNoTracking();
}
