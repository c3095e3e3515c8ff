using FluentValidation;

namespace PageShare.Application.Common.Idempotency;

internal sealed class IdempotentCreatePostCommandValidator : AbstractValidator<IdempotentCreatePostCommand>
{
    public IdempotentCreatePostCommandValidator() =>
        RuleFor(c => c.IdempotencyKey).NotEmpty().MaximumLength(IdempotencyKeys.MaxLength)
            .OverridePropertyName("idempotency_key")
            .WithMessage($"the {IdempotencyKeys.HeaderName} header must be 1 to {IdempotencyKeys.MaxLength} characters.");
}
