using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Storage.Queries.GetPublicObject;

/// <summary>
/// <c>GET /storage/v1/object/public/{bucket}/{path}</c> with local storage: the object's bytes and type.
/// The path comes from the URL as is; the storage refuses anything that could leave its folder.
/// </summary>
public sealed record GetPublicObjectQuery(string Bucket, string Path) : IRequest<StoredObject>;
