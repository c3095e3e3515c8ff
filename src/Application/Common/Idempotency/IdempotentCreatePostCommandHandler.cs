using System.Text.Json;
using System.Text.Json.Serialization;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Posts;

namespace PageShare.Application.Common.Idempotency;

internal sealed class IdempotentCreatePostCommandHandler(IIdempotencyStore store, ISender sender, PostReader reader,
    ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<IdempotentCreatePostCommand, PostDto>
{
    private const int Created = 201;

    public async Task<PostDto> Handle(IdempotentCreatePostCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var hash = IdempotencyKeys.Hash(command.Post);
        PostDto? created = null;
        var outcome = await store.ExecuteOnceAsync(new IdempotencyClaim(userId, command.IdempotencyKey, hash, clock.GetUtcNow()),
            async ct =>
            {
                // The inner command keeps its own validation; a failure throws, so the key is not kept and a retry may succeed.
                created = await sender.Send(command.Post, ct);
                return new StoredResponse(Created, JsonSerializer.Serialize(new CreatedPost(created.Id)));
            },
            cancellationToken);

        if (!outcome.IsReplay)
        {
            return created!;
        }

        if (outcome.RequestHash != hash)
        {
            throw new ValidationException("idempotency_key", "was already used with a different request; use a new key for a new post.");
        }

        // Re-read, not the stored body: the replay shows the post as it is now (counts, poll votes), or 404 once deleted.
        var postId = JsonSerializer.Deserialize<CreatedPost>(outcome.Response.Body)!.PostId;
        return await reader.GetAsync(postId, userId, cancellationToken);
    }

    private sealed record CreatedPost([property: JsonPropertyName("post_id")] Guid PostId);
}
