using System.Buffers.Text;
using System.Security.Cryptography;

namespace PageShare.TestSupport.Auth;

/// <summary>An asymmetric key pair that signs test tokens and publishes its public half as a JWK.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;

    private TestSigningKey(string kid, ECDsa? ecdsa, RSA? rsa)
    {
        Kid = kid;
        _ecdsa = ecdsa;
        _rsa = rsa;
        Algorithm = ecdsa is not null ? "ES256" : "RS256";
    }

    public string Kid { get; }

    /// <summary><c>ES256</c> or <c>RS256</c>.</summary>
    public string Algorithm { get; }

    /// <summary>A fresh NIST P-256 key, as Supabase recommends.</summary>
    public static TestSigningKey CreateEs256(string? kid = null) =>
        new(kid ?? NewKid("es256"), ECDsa.Create(ECCurve.NamedCurves.nistP256), null);

    /// <summary>A fresh RSA 2048 key.</summary>
    public static TestSigningKey CreateRs256(string? kid = null) =>
        new(kid ?? NewKid("rs256"), null, RSA.Create(2048));

    /// <summary>A JWS signature over <paramref name="data"/> (IEEE P1363 r||s for ES256, PKCS#1 v1.5 for RS256).</summary>
    public byte[] Sign(byte[] data) =>
        _ecdsa is not null
            ? _ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            : _rsa!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>The public key as Supabase's JWKS lists it.</summary>
    public Dictionary<string, object> ToPublicJwk()
    {
        var jwk = new Dictionary<string, object>
        {
            ["kid"] = Kid,
            ["alg"] = Algorithm,
            ["use"] = "sig",
            ["key_ops"] = new[] { "verify" },
        };
        if (_ecdsa is not null)
        {
            var point = _ecdsa.ExportParameters(includePrivateParameters: false).Q;
            jwk["kty"] = "EC";
            jwk["crv"] = "P-256";
            jwk["x"] = Base64Url.EncodeToString(point.X!);
            jwk["y"] = Base64Url.EncodeToString(point.Y!);
        }
        else
        {
            var parameters = _rsa!.ExportParameters(includePrivateParameters: false);
            jwk["kty"] = "RSA";
            jwk["n"] = Base64Url.EncodeToString(parameters.Modulus!);
            jwk["e"] = Base64Url.EncodeToString(parameters.Exponent!);
        }

        return jwk;
    }

    public void Dispose()
    {
        _ecdsa?.Dispose();
        _rsa?.Dispose();
    }

    private static string NewKid(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
