using System.Globalization;
using System.Text.Json;
using Npgsql;
using PageShare.Benchmarks.Floor;

// The floor for GET /feed?scope=all: Kestrel with one route, plain Npgsql, Utf8JsonWriter. No logging, no auth
// framework, no mediator, no EF. DATABASE_URL and ASPNETCORE_URLS as for the API.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var databaseUrl = Environment.GetEnvironmentVariable("DATABASE_URL")
    ?? throw new InvalidOperationException("DATABASE_URL is not set.");
await using var dataSource = NpgsqlDataSource.Create(ConnectionString.From(databaseUrl));
var loader = new FeedLoader(dataSource);
var prefix = "/" + (Environment.GetEnvironmentVariable("API_PREFIX") ?? "/api/v1").Trim('/');

var app = builder.Build();
app.MapGet(prefix + "/feed", async (HttpContext context) =>
{
    var request = context.Request;
    var viewer = ViewerToken.SubjectOf(request.Headers.Authorization.ToString());
    if (viewer is null)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    var scope = request.Query["scope"].ToString();
    var limitText = request.Query["limit"].ToString();
    var limit = limitText.Length == 0 ? 20 : int.Parse(limitText, CultureInfo.InvariantCulture);
    if (scope is not ("" or "all") || limit is < 1 or > 100)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return;
    }

    var page = await loader.LoadAsync(viewer.Value, limit, PageCursor.Decode(request.Query["cursor"].ToString()), context.RequestAborted);
    context.Response.ContentType = "application/json; charset=utf-8";
    await using (var json = new Utf8JsonWriter(context.Response.BodyWriter, FeedJson.Options))
    {
        FeedJson.Write(json, page, DateTime.UtcNow);
    }

    await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
});
app.MapGet("/health/ready", () => "ok");
await app.RunAsync();
