using PageShare.Application.Common.Specifications;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Application.UnitTests.Common.Specifications;

public sealed class SpecificationEvaluatorTests
{
    private static readonly IQueryable<Row> Rows = new[]
    {
        new Row(1, "b", 10), new Row(2, "a", 30), new Row(3, "a", 20), new Row(4, "c", 40), new Row(5, "a", 50),
    }.AsQueryable();

    [Fact]
    public void GetQuery_WhereOrderSkipTake_AppliesInArdalisOrder()
    {
        var result = SpecificationEvaluator.GetQuery(Rows, new AsByScoreDesc(skip: 1, take: 1)).ToList();

        result.Select(r => r.Id).Should().Equal(2);
    }

    [Fact]
    public void GetQuery_ThenBy_OrdersWithinGroups()
    {
        var result = SpecificationEvaluator.GetQuery(Rows, new ByNameThenScore()).Select(r => r.Id).ToList();

        result.Should().Equal(3, 2, 5, 1, 4);
    }

    [Fact]
    public void GetQuery_MultipleWheres_AreAnded()
    {
        var result = SpecificationEvaluator.GetQuery(Rows, new NameAAbove25()).Select(r => r.Id).ToList();

        result.Should().BeEquivalentTo([2, 5]);
    }

    [Fact]
    public void GetQuery_WithSelector_Projects()
    {
        var result = SpecificationEvaluator.GetQuery(Rows, new ScoresOfA()).ToList();

        result.Should().Equal(50, 30, 20);
    }

    [Fact]
    public void ThenBy_WithoutOrderBy_Throws()
    {
        var act = () => new ThenByOnly();

        act.Should().Throw<InvalidOperationException>();
    }

    public sealed record Row(int Id, string Name, int Score);

    private sealed class AsByScoreDesc : Specification<Row>
    {
        public AsByScoreDesc(int skip, int take) =>
            Query.Where(r => r.Name == "a").OrderByDescending(r => r.Score).Skip(skip).Take(take).AsNoTracking();
    }

    private sealed class ByNameThenScore : Specification<Row>
    {
        public ByNameThenScore() => Query.OrderBy(r => r.Name).ThenBy(r => r.Score);
    }

    private sealed class NameAAbove25 : Specification<Row>
    {
        public NameAAbove25() => Query.Where(r => r.Name == "a").Where(r => r.Score > 25);
    }

    private sealed class ScoresOfA : Specification<Row, int>
    {
        public ScoresOfA()
        {
            Query.Where(r => r.Name == "a").OrderByDescending(r => r.Score);
            Select(r => r.Score);
        }
    }

    private sealed class ThenByOnly : Specification<Row>
    {
        public ThenByOnly() => Query.ThenBy(r => r.Id);
    }
}
