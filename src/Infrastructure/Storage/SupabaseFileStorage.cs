using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Storage;

/// <summary>
/// Supabase Storage over its REST API (EXTERNAL_SERVICES.md 2): upload with <c>x-upsert</c>, delete through the
/// bulk endpoint, public URLs built like storage-js. Each call has a timeout and one retry on a transient failure;
/// both operations are idempotent, so repeating one is safe.
/// </summary>
public sealed class SupabaseFileStorage : IFileStorage
{
    private const int NotFound = 404;

    private static readonly HashSet<int> TransientStatuses = [408, 429, 500, 502, 503, 504, 544];

    private readonly HttpClient _http;
    private readonly SupabaseStorageSettings _settings;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public SupabaseFileStorage(HttpClient http, SupabaseStorageSettings settings)
    {
        _http = http;
        _settings = settings;
        _pipeline = BuildPipeline(settings.AttemptTimeout);
    }

    public async Task<StoredFile> UploadAsync(string bucket, string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        StorageKey.Require(bucket, path);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await content.CopyToAsync(buffer, cancellationToken); // a retry must be able to send the body again
            bytes = buffer.ToArray();
        }

        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, ObjectUrl(bucket, path)) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            request.Headers.TryAddWithoutValidation("Cache-Control", StorageCaching.Immutable);
            request.Headers.Add("x-upsert", "true");
            return request;
        }, "upload", cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(response, "upload", bucket, cancellationToken);
        }

        return new StoredFile(bucket, path, GetPublicUrl(bucket, path), contentType, bytes.Length);
    }

    public async Task DeleteAsync(string bucket, string path, CancellationToken cancellationToken = default)
    {
        StorageKey.Require(bucket, path);
        var body = JsonSerializer.Serialize(new { prefixes = new[] { path } });
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, $"{_settings.BaseUrl}/storage/v1/object/{bucket}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }, "delete", cancellationToken);

        if (response.IsSuccessStatusCode)
        {
            return; // the answer lists the rows deleted; an empty list means it was already gone, which is fine
        }

        var error = await ReadErrorAsync(response, cancellationToken);
        if (error.Status != NotFound)
        {
            throw ToException(error, "delete", bucket);
        }
    }

    public string GetPublicUrl(string bucket, string path)
    {
        StorageKey.Require(bucket, path);
        return $"{_settings.BaseUrl}/storage/v1/object/public/{bucket}/{StorageKey.EscapePath(path)}";
    }

    public async Task<StoredObject?> OpenReadAsync(string bucket, string path, CancellationToken cancellationToken = default)
    {
        if (!StorageKey.IsValidBucket(bucket) || !StorageKey.TryParsePath(path, out _))
        {
            return null;
        }

        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, GetPublicUrl(bucket, path)), "read", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            return error.Status == NotFound ? null : throw ToException(error, "read", bucket);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        return new StoredObject(new MemoryStream(bytes, writable: false), contentType, bytes.Length);
    }

    private string ObjectUrl(string bucket, string path) => $"{_settings.BaseUrl}/storage/v1/object/{bucket}/{StorageKey.EscapePath(path)}";

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct =>
            {
                using var request = createRequest();
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings.ServiceRoleKey);
                request.Headers.Add("apikey", _settings.ServiceRoleKey);
                return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }, cancellationToken);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new SupabaseStorageException($"Supabase Storage {operation} timed out after {_settings.AttemptTimeout.TotalSeconds:0.#} s (retried once).", inner: exception);
        }
        catch (HttpRequestException exception)
        {
            // HttpRequestException messages name the host and port only, never headers.
            throw new SupabaseStorageException($"Supabase Storage {operation} failed: {exception.Message}", inner: exception);
        }
    }

    private static async Task<Exception> ErrorAsync(HttpResponseMessage response, string operation, string bucket, CancellationToken cancellationToken) =>
        ToException(await ReadErrorAsync(response, cancellationToken), operation, bucket);

    private static async Task<SupabaseStorageError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        SupabaseStorageError.Parse(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));

    // Limits the bucket enforces are the client's problem (413/415); anything else is ours (500, logged by the API).
    private static Exception ToException(SupabaseStorageError error, string operation, string bucket) => error.Status switch
    {
        413 => new PayloadTooLargeException("The file is larger than the storage bucket accepts."),
        415 => new UnsupportedMediaTypeException("The storage bucket does not accept this kind of file."),
        _ => new SupabaseStorageException(
            $"Supabase Storage refused the {operation} in bucket '{bucket}': {error.Status} {error.Code ?? "(no code)"} (HTTP {error.HttpStatus}): {error.Message ?? "(no message)"}",
            error.Status, error.Code),
    };

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(TimeSpan attemptTimeout) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 1,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => TransientStatuses.Contains((int)response.StatusCode)),
            })
            .AddTimeout(attemptTimeout)
            .Build();
}
