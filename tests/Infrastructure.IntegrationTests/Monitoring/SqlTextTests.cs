using PageShare.Infrastructure.Monitoring;

namespace PageShare.Infrastructure.IntegrationTests.Monitoring;

public sealed class SqlTextTests
{
    [Theory]
    [InlineData("SELECT * FROM users WHERE email = 'a@b.com'", "SELECT * FROM users WHERE email = '?'")]
    [InlineData("SELECT 'it''s', 42, 3.5", "SELECT '?', ?, ?")]
    [InlineData("SELECT t0.id FROM posts AS t0 WHERE t0.id = @__id_0 LIMIT $1", "SELECT t0.id FROM posts AS t0 WHERE t0.id = @__id_0 LIMIT $1")]
    [InlineData("SELECT 1 -- user 123\n  FROM\tx", "SELECT ? FROM x")]
    public void Normalise_RemovesValuesKeepsStructure(string sql, string expected) =>
        SqlText.Normalise(sql).Should().Be(expected);

    [Fact]
    public void Normalise_LongText_IsCapped() =>
        SqlText.Normalise("SELECT " + new string('x', 5000)).Length.Should().BeLessThanOrEqualTo(1001);
}
