using Microsoft.IdentityModel.Tokens;

namespace PageShare.Infrastructure.Identity;

internal readonly record struct JwksKeyLookup(JsonWebKey? Key, bool KeysUnavailable)
{
    public static JwksKeyLookup Unavailable => new(null, true);

    public static JwksKeyLookup NotFound => new(null, false);

    public static JwksKeyLookup Found(JsonWebKey key) => new(key, false);
}
