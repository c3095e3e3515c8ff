namespace PageShare.Api.IntegrationTests.Infrastructure;

/// <summary>Each test starts from empty tables (TRUNCATE of every table but the migrations).</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTestBase(PageShareApiFactory factory) : IAsyncLifetime
{
    protected PageShareApiFactory Factory { get; } = factory;

    protected HttpClient Anonymous => Factory.CreateClient();

    public Task InitializeAsync() => Factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient SignedIn(Guid userId, string? email = null) => Factory.CreateUserClient(userId, email ?? $"user{userId.ToString("N")[..6]}@example.com");
}
