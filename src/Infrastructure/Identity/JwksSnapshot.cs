using System.Collections.Frozen;
using Microsoft.IdentityModel.Tokens;

namespace PageShare.Infrastructure.Identity;

/// <summary>One fetched key set; replaced whole, never mutated, so readers need no lock.</summary>
internal sealed record JwksSnapshot(FrozenDictionary<string, JsonWebKey> KeysById, DateTimeOffset ExpiresAt);
