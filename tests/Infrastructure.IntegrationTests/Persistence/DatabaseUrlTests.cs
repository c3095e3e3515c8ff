using Npgsql;
using PageShare.Infrastructure.Persistence;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

public sealed class DatabaseUrlTests
{
    [Fact]
    public void ToConnectionString_SupabaseUri_MapsEveryPart()
    {
        var url = "postgresql://postgres.abcdefgh:p%40ss%3Aw%2Frd%20x@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=require";

        var builder = Parse(url);

        builder.Username.Should().Be("postgres.abcdefgh");
        builder.Password.Should().Be("p@ss:w/rd x");
        builder.Host.Should().Be("aws-0-eu-central-1.pooler.supabase.com");
        builder.Port.Should().Be(6543);
        builder.Database.Should().Be("postgres");
        builder.SslMode.Should().Be(SslMode.Require);
    }

    [Theory]
    [InlineData("postgres://u:p@db.example.com/app")]
    [InlineData("POSTGRESQL://u:p@db.example.com/app")]
    public void ToConnectionString_EitherScheme_UsesDefaultPort(string url)
    {
        var builder = Parse(url);

        builder.Host.Should().Be("db.example.com");
        builder.Port.Should().Be(5432);
        builder.Database.Should().Be("app");
    }

    [Fact]
    public void ToConnectionString_UriWithoutSettings_AppliesPoolingAndTimeoutDefaults()
    {
        var builder = Parse("postgresql://u@localhost/app");

        builder.Pooling.Should().BeTrue();
        builder.MaxPoolSize.Should().Be(DatabaseUrl.DefaultMaxPoolSize);
        builder.Timeout.Should().Be(DatabaseUrl.DefaultTimeoutSeconds);
        builder.CommandTimeout.Should().Be(DatabaseUrl.DefaultCommandTimeoutSeconds);
        builder.ApplicationName.Should().Be(DatabaseUrl.DefaultApplicationName);
        builder.MaxAutoPrepare.Should().Be(DatabaseUrl.DefaultMaxAutoPrepare);
        builder.Password.Should().BeNull();
    }

    [Theory]
    [InlineData("pool_max_conns")]
    [InlineData("max_pool_size")]
    [InlineData("connection_limit")]
    public void ToConnectionString_PoolSizeParameter_OverridesDefault(string name)
    {
        var builder = Parse($"postgresql://u@localhost/app?{name}=7");

        builder.MaxPoolSize.Should().Be(7);
    }

    [Fact]
    public void ToConnectionString_TimeoutAndNameParameters_AreMapped()
    {
        var builder = Parse("postgresql://u@localhost/app?connect_timeout=4&command_timeout=9&application_name=worker%201&target_session_attrs=read-write");

        builder.Timeout.Should().Be(4);
        builder.CommandTimeout.Should().Be(9);
        builder.ApplicationName.Should().Be("worker 1");
        builder.TargetSessionAttributes.Should().Be("read-write");
    }

    [Fact]
    public void ToConnectionString_PgBouncerFlag_SkipsSessionReset()
    {
        var builder = Parse("postgresql://u@localhost:6543/app?pgbouncer=true");

        builder.NoResetOnClose.Should().BeTrue();
        builder.MaxAutoPrepare.Should().Be(0, "a transaction pooler moves sessions, and their prepared statements, between clients");
    }

    [Fact]
    public void ToConnectionString_MaxAutoPrepareParameter_OverridesDefault()
    {
        Parse("postgresql://u@localhost/app?max_auto_prepare=0").MaxAutoPrepare.Should().Be(0);
        Parse("postgresql://u@localhost/app?max_auto_prepare=8").MaxAutoPrepare.Should().Be(8);
    }

    [Fact]
    public void ToConnectionString_Ipv6Host_StripsBrackets()
    {
        var builder = Parse("postgresql://u@[::1]:5433/app");

        builder.Host.Should().Be("::1");
        builder.Port.Should().Be(5433);
    }

    [Fact]
    public void ToConnectionString_SeveralHosts_KeepsEachPort()
    {
        var builder = Parse("postgresql://u@primary:5433,replica/app");

        builder.Host.Should().Be("primary:5433,replica:5432");
    }

    [Fact]
    public void ToConnectionString_KeyValueForm_PassesThroughWithDefaults()
    {
        var builder = Parse("Host=db.internal;Port=6000;Database=app;Username=svc;Password=secret");

        builder.Host.Should().Be("db.internal");
        builder.Port.Should().Be(6000);
        builder.Username.Should().Be("svc");
        builder.Password.Should().Be("secret");
        builder.Pooling.Should().BeTrue();
        builder.MaxPoolSize.Should().Be(DatabaseUrl.DefaultMaxPoolSize);
    }

    [Fact]
    public void ToConnectionString_KeyValueWithOwnSettings_KeepsThem()
    {
        var builder = Parse("Host=db;Maximum Pool Size=3;Command Timeout=120;Timeout=2;Pooling=false");

        builder.MaxPoolSize.Should().Be(3);
        builder.CommandTimeout.Should().Be(120);
        builder.Timeout.Should().Be(2);
        builder.Pooling.Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("postgresql://")]
    [InlineData("postgresql://u:p@/app")]
    [InlineData("Database=app")]
    [InlineData("postgresql://u@host:notaport/app")]
    [InlineData("postgresql://u@host:70000/app")]
    [InlineData("postgresql://u@[::1/app")]
    [InlineData("Host=db;Frobnicate=yes")]
    [InlineData("not a url at all")]
    public void ToConnectionString_UnusableInput_ThrowsArgumentException(string input)
    {
        var act = () => DatabaseUrl.ToConnectionString(input);

        act.Should().Throw<ArgumentException>().WithMessage("DATABASE_URL is not usable*");
    }

    [Fact]
    public void ToConnectionString_UnknownQueryParameter_NamesItWithoutTheSecret()
    {
        var act = () => DatabaseUrl.ToConnectionString("postgresql://u:hunter2@host/app?frobnicate=1");

        var thrown = act.Should().Throw<ArgumentException>().Which;
        thrown.Message.Should().Contain("frobnicate").And.NotContain("hunter2");
    }

    [Fact]
    public void ToConnectionString_InvalidSslMode_ThrowsWithoutTheSecret()
    {
        var act = () => DatabaseUrl.ToConnectionString("postgresql://u:hunter2@host/app?sslmode=sometimes");

        var thrown = act.Should().Throw<ArgumentException>().Which;
        thrown.Message.Should().Contain("sslmode").And.NotContain("hunter2");
    }

    [Fact]
    public async Task ToConnectionString_TestServerUrl_Connects()
    {
        var admin = new NpgsqlConnectionStringBuilder(await PostgresServer.GetAdminConnectionStringAsync());
        var url = $"postgresql://{Uri.EscapeDataString(admin.Username!)}@{admin.Host}:{admin.Port}/{admin.Database}?sslmode=disable";

        await using var connection = new NpgsqlConnection(DatabaseUrl.ToConnectionString(url));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_setting('application_name')", connection);

        (await command.ExecuteScalarAsync()).Should().Be(DatabaseUrl.DefaultApplicationName);
    }

    private static NpgsqlConnectionStringBuilder Parse(string input) => new(DatabaseUrl.ToConnectionString(input));
}
