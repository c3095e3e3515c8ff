namespace PageShare.Api.IntegrationTests.Follows;

internal sealed record TestUser(Guid Id, HttpClient Client);
