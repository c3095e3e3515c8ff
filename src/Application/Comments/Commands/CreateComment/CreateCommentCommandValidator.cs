using FluentValidation;
using PageShare.Domain.Posts;

namespace PageShare.Application.Comments.Commands.CreateComment;

/// <summary>Input shape; the Comment aggregate re-checks its own rules.</summary>
internal sealed class CreateCommentCommandValidator : AbstractValidator<CreateCommentCommand>
{
    public CreateCommentCommandValidator()
    {
        RuleFor(c => c.Content).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("must not be empty.");
        RuleFor(c => c.Content).Must(c => PostContent.Length(c?.Trim()) <= PostContent.MaxLength)
            .WithMessage($"must be at most {PostContent.MaxLength} characters.");
    }
}
