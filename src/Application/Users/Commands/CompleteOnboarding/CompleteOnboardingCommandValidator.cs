using FluentValidation;
using PageShare.Domain.Users;

namespace PageShare.Application.Users.Commands.CompleteOnboarding;

internal sealed class CompleteOnboardingCommandValidator : AbstractValidator<CompleteOnboardingCommand>
{
    public CompleteOnboardingCommandValidator()
    {
        RuleFor(c => c.Username).NotEmpty()
            .Must(u => Domain.Users.Username.TryCreate(u, out _))
            .WithMessage($"must be {Domain.Users.Username.MinLength}-{Domain.Users.Username.MaxLength} characters of a-z, 0-9 and _, and not a reserved word.");
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(ProfileRules.DisplayNameMaxLength);
        RuleFor(c => c.Bio).MaximumLength(ProfileRules.BioMaxLength);
        RuleFor(c => c.Interests).Must(i => i is null || i.Count <= ProfileRules.MaxInterests)
            .WithMessage($"at most {ProfileRules.MaxInterests} interests.");
        RuleForEach(c => c.Interests).NotEmpty().MaximumLength(ProfileRules.InterestMaxLength).OverridePropertyName("interests");
    }
}
