using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PageShare.TestSupport.Storage;

/// <summary>
/// A loopback Supabase Storage (EXTERNAL_SERVICES.md 2.5): buckets in memory, upload with <c>x-upsert</c>, bulk and
/// single delete, public read, bucket limits, and errors as the real server writes them (HTTP 400 with the status as
/// a string in the body), or with real statuses when <see cref="RealStatuses"/> is on. Writes need
/// <c>Authorization: Bearer</c> and <c>apikey</c> with the service key. Every request is recorded.
/// </summary>
public sealed class FakeSupabaseStorageServer : IAsyncDisposable
{
    public const string DefaultServiceKey = "fake-service-role-key";

    private const string ContinueKey = "fake-storage-continue";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeStorageBucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _scripted = new();
    private readonly List<RecordedStorageRequest> _requests = [];
    private readonly Lock _sync = new();

    private FakeSupabaseStorageServer(WebApplication app, string serviceKey)
    {
        _app = app;
        ServiceKey = serviceKey;
    }

    /// <summary><c>http://127.0.0.1:{port}</c>: what <c>SUPABASE_URL</c> would hold.</summary>
    public string Url { get; private set; } = string.Empty;

    public string ServiceKey { get; }

    /// <summary>Answer errors with their real HTTP status (404, 409, 413, ...) instead of Storage's usual 400.</summary>
    public bool RealStatuses { get; set; }

    public IReadOnlyList<RecordedStorageRequest> Requests
    {
        get
        {
            lock (_sync)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeSupabaseStorageServer> StartAsync(string serviceKey = DefaultServiceKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        var app = builder.Build();
        var server = new FakeSupabaseStorageServer(app, serviceKey);
        app.Use(server.RecordAndScriptAsync);
        app.MapPost("/storage/v1/bucket", (Delegate)server.CreateBucketAsync);
        app.MapPost("/storage/v1/object/{bucket}/{**path}", server.UploadAsync);
        app.MapPut("/storage/v1/object/{bucket}/{**path}", server.UploadAsync);
        app.MapDelete("/storage/v1/object/{bucket}", server.DeleteManyAsync);
        app.MapDelete("/storage/v1/object/{bucket}/{**path}", server.DeleteOne);
        app.MapGet("/storage/v1/object/public/{bucket}/{**path}", server.ReadPublic);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Url = $"http://127.0.0.1:{new Uri(address).Port}";
        return server;
    }

    public FakeStorageBucket CreateBucket(string name, bool isPublic = true, long? fileSizeLimit = null, IReadOnlyList<string>? allowedMimeTypes = null)
    {
        var bucket = new FakeStorageBucket(name, isPublic, fileSizeLimit, allowedMimeTypes);
        _buckets[name] = bucket;
        return bucket;
    }

    public FakeStorageObject? Find(string bucket, string path) =>
        _buckets.TryGetValue(bucket, out var b) && b.Objects.TryGetValue(path, out var o) ? o : null;

    /// <summary>The next request gets this raw answer instead of the normal one (gateway pages, legacy bodies, outages).</summary>
    public void EnqueueResponse(int status, string body, string contentType = "application/json") =>
        _scripted.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    /// <summary>The next request waits this long before being handled normally (timeouts).</summary>
    public void EnqueueDelay(TimeSpan delay) =>
        _scripted.Enqueue(async context =>
        {
            await Task.Delay(delay, context.RequestAborted);
            context.Items[ContinueKey] = true;
        });

    public void ClearRequests()
    {
        lock (_sync)
        {
            _requests.Clear();
        }
    }

    private async Task RecordAndScriptAsync(HttpContext context, RequestDelegate next)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = body.ToArray();
        context.Request.Body = new MemoryStream(bytes);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (_sync)
        {
            _requests.Add(new RecordedStorageRequest(context.Request.Method, context.Request.Path.ToString(), headers, bytes));
        }

        if (_scripted.TryDequeue(out var scripted))
        {
            await scripted(context);
            if (!context.Items.ContainsKey(ContinueKey))
            {
                return;
            }
        }

        await next(context);
    }

    private async Task<IResult> CreateBucketAsync(HttpContext context)
    {
        if (Unauthorized(context.Request) is { } denied)
        {
            return denied;
        }

        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var root = json.RootElement;
        var name = root.GetProperty("name").GetString()!;
        if (_buckets.ContainsKey(name))
        {
            return Error(409, "Duplicate", "BucketAlreadyExists", "The resource already exists");
        }

        var isPublic = root.TryGetProperty("public", out var p) && p.GetBoolean();
        long? limit = root.TryGetProperty("file_size_limit", out var l) ? ParseSize(l) : null;
        var types = root.TryGetProperty("allowed_mime_types", out var t) ? t.EnumerateArray().Select(e => e.GetString()!).ToList() : null;
        CreateBucket(name, isPublic, limit, types);
        return Results.Json(new { name });
    }

    private async Task<IResult> UploadAsync(HttpContext context, string bucket, string path)
    {
        if (Unauthorized(context.Request) is { } denied)
        {
            return denied;
        }

        if (!_buckets.TryGetValue(bucket, out var target))
        {
            return Error(404, "Bucket not found", "NoSuchBucket", "Bucket not found");
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var contentType = context.Request.ContentType ?? "application/octet-stream";
        if (target.FileSizeLimit is { } limit && bytes.Length > limit)
        {
            return Error(413, "Payload too large", "EntityTooLarge", "The object exceeded the maximum allowed size");
        }

        if (!target.Allows(contentType))
        {
            return Error(415, "invalid_mime_type", "InvalidMimeType", $"mime type {contentType} is not supported");
        }

        var upsert = HttpMethods.IsPut(context.Request.Method)
            || string.Equals(context.Request.Headers["x-upsert"], "true", StringComparison.OrdinalIgnoreCase);
        var stored = new FakeStorageObject(Guid.NewGuid(), bytes, contentType, context.Request.Headers.CacheControl.ToString() is { Length: > 0 } c ? c : "no-cache");
        if (upsert)
        {
            target.Objects[path] = stored;
        }
        else if (!target.Objects.TryAdd(path, stored))
        {
            return Error(409, "Duplicate", "KeyAlreadyExists", "The resource already exists");
        }

        return Results.Json(new Dictionary<string, object> { ["Id"] = stored.Id, ["Key"] = $"{bucket}/{path}" });
    }

    private async Task<IResult> DeleteManyAsync(HttpContext context, string bucket)
    {
        if (Unauthorized(context.Request) is { } denied)
        {
            return denied;
        }

        if (!_buckets.TryGetValue(bucket, out var target))
        {
            return Error(404, "Bucket not found", "NoSuchBucket", "Bucket not found");
        }

        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var deleted = new List<object>();
        foreach (var name in json.RootElement.GetProperty("prefixes").EnumerateArray().Select(e => e.GetString()!))
        {
            // "prefixes" are exact names: the server deletes WHERE name = ANY($2).
            if (target.Objects.TryRemove(name, out var removed))
            {
                deleted.Add(new { name, bucket_id = bucket, id = removed.Id, metadata = new { mimetype = removed.ContentType, size = removed.Bytes.Length } });
            }
        }

        return Results.Json(deleted);
    }

    private IResult DeleteOne(HttpContext context, string bucket, string path)
    {
        if (Unauthorized(context.Request) is { } denied)
        {
            return denied;
        }

        if (!_buckets.TryGetValue(bucket, out var target))
        {
            return Error(404, "Bucket not found", "NoSuchBucket", "Bucket not found");
        }

        return target.Objects.TryRemove(path, out _)
            ? Results.Json(new { message = "Successfully deleted" })
            : Error(404, "not_found", "NoSuchKey", "Object not found");
    }

    private IResult ReadPublic(HttpContext context, string bucket, string path)
    {
        if (!_buckets.TryGetValue(bucket, out var target) || !target.IsPublic || !target.Objects.TryGetValue(path, out var stored))
        {
            return Error(404, "not_found", "NoSuchKey", "Object not found");
        }

        context.Response.Headers.CacheControl = stored.CacheControl;
        return Results.Bytes(stored.Bytes, stored.ContentType);
    }

    private IResult? Unauthorized(HttpRequest request)
    {
        var bearer = request.Headers.Authorization.ToString();
        var apiKey = request.Headers["apikey"].ToString();
        return bearer == $"Bearer {ServiceKey}" && apiKey == ServiceKey
            ? null
            : Error(403, "Unauthorized", "AccessDenied", "Invalid Compact JWS");
    }

    private IResult Error(int status, string error, string code, string message) =>
        Results.Json(
            new { statusCode = status.ToString(CultureInfo.InvariantCulture), error, code, message },
            statusCode: RealStatuses ? status : StatusCodes.Status400BadRequest);

    private static long? ParseSize(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetInt64();
        }

        var text = value.GetString()!.Trim().ToUpperInvariant();
        (string Unit, long Factor)[] units = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)];
        foreach (var (unit, factor) in units)
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                return (long)(double.Parse(text[..^unit.Length], CultureInfo.InvariantCulture) * factor);
            }
        }

        return long.Parse(text, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(deadline.Token);
        await _app.DisposeAsync();
    }
}
