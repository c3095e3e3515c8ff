namespace PageShare.WebApi.OpenApi;

/// <summary>Marks an endpoint where a token is optional (viewer flags), so the document still offers it.</summary>
internal sealed class AcceptsBearerTokenMetadata
{
    public static readonly AcceptsBearerTokenMetadata Instance = new();
}
