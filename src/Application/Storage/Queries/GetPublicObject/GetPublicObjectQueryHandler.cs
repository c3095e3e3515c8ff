using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Storage.Queries.GetPublicObject;

internal sealed class GetPublicObjectQueryHandler(IFileStorage storage) : IRequestHandler<GetPublicObjectQuery, StoredObject>
{
    public async Task<StoredObject> Handle(GetPublicObjectQuery query, CancellationToken cancellationToken) =>
        await storage.OpenReadAsync(query.Bucket, query.Path, cancellationToken)
        ?? throw new NotFoundException("Object not found.");
}
