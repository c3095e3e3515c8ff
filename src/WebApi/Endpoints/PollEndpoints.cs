using PageShare.Application.Common.Messaging;
using PageShare.Application.Polls;
using PageShare.Application.Polls.Commands.VotePoll;
using PageShare.Application.Polls.Queries.GetPollResults;

namespace PageShare.WebApi.Endpoints;

public static class PollEndpoints
{
    public static RouteGroupBuilder MapPollEndpoints(this IEndpointRouteBuilder api)
    {
        var polls = api.MapGroup("/polls").WithTags("Polls");
        polls.MapPost("/{pollId:guid}/votes", VotePoll).WithName(nameof(VotePoll))
            .WithSummary("Vote in a poll: one final vote per user; 409 when already voted or closed")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status422UnprocessableEntity);
        polls.MapGet("/{pollId:guid}/results", GetPollResults).WithName(nameof(GetPollResults))
            .WithSummary("A poll with its counts and, with a token, the caller's vote")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound);
        return polls;
    }

    private static async Task<Ok<PollDto>> VotePoll(Guid pollId, VotePollCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { PollId = pollId }, ct));

    private static async Task<Ok<PollDto>> GetPollResults(Guid pollId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPollResultsQuery(pollId), ct));
}
