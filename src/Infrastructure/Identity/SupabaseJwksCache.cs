using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace PageShare.Infrastructure.Identity;

/// <summary>
/// The project's public signing keys by <c>kid</c>: cached for <see cref="SupabaseAuthOptions.JwksCacheDuration"/>,
/// refreshed once on an unknown <c>kid</c>, at most once per <see cref="SupabaseAuthOptions.JwksRefreshCooldown"/>
/// so a flood of made-up kids cannot turn into a flood of requests to Supabase.
/// </summary>
internal sealed class SupabaseJwksCache(
    SupabaseAuthOptions options,
    IHttpClientFactory httpClientFactory,
    TimeProvider clock,
    ILogger logger)
{
    // After a failed fetch, requests keep using what they have (or fail fast) instead of each retrying.
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile JwksSnapshot? _snapshot;
    private DateTimeOffset _lastUnknownKidRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset _retryLoadAfter = DateTimeOffset.MinValue;

    public async ValueTask<JwksKeyLookup> FindAsync(string kid, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() >= snapshot.ExpiresAt)
        {
            snapshot = await LoadAsync(snapshot, unknownKid: false, ct);
            if (snapshot is null)
            {
                return JwksKeyLookup.Unavailable;
            }
        }

        if (snapshot.KeysById.TryGetValue(kid, out var key))
        {
            return JwksKeyLookup.Found(key);
        }

        var refreshed = await LoadAsync(snapshot, unknownKid: true, ct);
        if (refreshed is null)
        {
            return JwksKeyLookup.Unavailable;
        }

        return refreshed.KeysById.TryGetValue(kid, out key) ? JwksKeyLookup.Found(key) : JwksKeyLookup.NotFound;
    }

    /// <returns>The newest snapshot; null when there is none because fetching failed.</returns>
    private async Task<JwksSnapshot?> LoadAsync(JwksSnapshot? seen, bool unknownKid, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var current = _snapshot;
            if (!ReferenceEquals(current, seen))
            {
                return current; // another request loaded while this one waited
            }

            var now = clock.GetUtcNow();
            if (unknownKid)
            {
                if (now - _lastUnknownKidRefresh < options.JwksRefreshCooldown)
                {
                    return current;
                }

                _lastUnknownKidRefresh = now;
            }
            else if (now < _retryLoadAfter)
            {
                return current;
            }

            var keys = await FetchAsync(ct);
            if (keys is null)
            {
                _retryLoadAfter = now + FailureBackoff;
                return current; // stale keys beat none while Supabase is unreachable
            }

            var fresh = new JwksSnapshot(keys, now + options.JwksCacheDuration);
            _snapshot = fresh;
            return fresh;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<FrozenDictionary<string, JsonWebKey>?> FetchAsync(CancellationToken ct)
    {
        var uri = options.JwksUri ?? throw new InvalidOperationException("No JWKS address is configured.");
        try
        {
            var client = httpClientFactory.CreateClient(SupabaseAuthenticationDefaults.JwksHttpClientName);
            using var response = await client.GetAsync(uri, ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Fetching the Supabase JWKS failed with HTTP {StatusCode}", (int)response.StatusCode);
                return null;
            }

            var json = await response.Content.ReadAsStringAsync(ct);
            var keys = new JsonWebKeySet(json).Keys
                .Where(IsVerificationKey)
                .DistinctBy(k => k.Kid, StringComparer.Ordinal)
                .ToFrozenDictionary(k => k.Kid, StringComparer.Ordinal);
            logger.LogInformation("Loaded {KeyCount} Supabase signing keys", keys.Count);
            return keys;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Fetching the Supabase JWKS timed out");
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or ArgumentException or JsonException or InvalidOperationException)
        {
            logger.LogWarning("Fetching the Supabase JWKS failed: {ErrorType}", ex.GetType().Name);
            return null;
        }
    }

    private static bool IsVerificationKey(JsonWebKey key) =>
        !string.IsNullOrEmpty(key.Kid)
        && key.Kty is JsonWebAlgorithmsKeyTypes.EllipticCurve or JsonWebAlgorithmsKeyTypes.RSA
        && (string.IsNullOrEmpty(key.Use) || key.Use == JsonWebKeyUseNames.Sig)
        && (key.KeyOps.Count == 0 || key.KeyOps.Contains("verify"));
}
