using FluentValidation;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts.Commands.CreatePost;

/// <summary>Input shape; the Post aggregate re-checks its own rules.</summary>
internal sealed class CreatePostCommandValidator : AbstractValidator<CreatePostCommand>
{
    public CreatePostCommandValidator()
    {
        RuleFor(c => c.Content).Must(c => PostContent.Length(c) <= PostContent.MaxLength)
            .WithMessage($"must be at most {PostContent.MaxLength} characters.");
        RuleFor(c => c.Content).NotEmpty()
            .When(c => (c.MediaUrls?.Count ?? 0) == 0 && string.IsNullOrWhiteSpace(c.GifUrl) && c.QuotedPostId is null)
            .WithMessage("must not be empty unless the post has media, a GIF or a quote.");
        RuleFor(c => c.MediaUrls).Must(m => m is null || m.Count <= Post.MaxMedia)
            .WithMessage($"at most {Post.MaxMedia} media per post.");
        RuleFor(c => c.MediaUrls).Must(m => m is null || m.Distinct(StringComparer.Ordinal).Count() == m.Count)
            .WithMessage("must not repeat a URL.");
        RuleFor(c => c.GifUrl).MaximumLength(GifUrl.MaxLength);
        RuleFor(c => c.Poll).Null().When(c => c.MediaUrls is { Count: > 0 })
            .WithMessage("a post cannot have both a poll and media.");
        When(c => c.Poll is not null, () =>
        {
            RuleFor(c => c.Poll!.Options).NotNull().Must(o => o is { Count: >= Domain.Posts.Poll.MinOptions and <= Domain.Posts.Poll.MaxOptions })
                .WithMessage($"a poll has {Domain.Posts.Poll.MinOptions} to {Domain.Posts.Poll.MaxOptions} options.")
                .OverridePropertyName("poll.options");
            RuleFor(c => c.Poll!.DurationHours).InclusiveBetween(Domain.Posts.Poll.MinDurationHours, Domain.Posts.Poll.MaxDurationHours)
                .OverridePropertyName("poll.duration_hours");
        });
    }
}
