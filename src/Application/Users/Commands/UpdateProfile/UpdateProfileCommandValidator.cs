using FluentValidation;
using PageShare.Domain.Users;

namespace PageShare.Application.Users.Commands.UpdateProfile;

/// <summary>Input shape; the User aggregate re-checks every rule, since other handlers reach it too.</summary>
internal sealed class UpdateProfileCommandValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator()
    {
        When(c => c.Username.HasValue, () =>
            RuleFor(c => c.Username.Value).Must(u => Domain.Users.Username.TryCreate(u, out _)).OverridePropertyName("username")
                .WithMessage($"must be {Domain.Users.Username.MinLength}-{Domain.Users.Username.MaxLength} characters of a-z, 0-9 and _, and not a reserved word."));
        When(c => c.DisplayName.HasValue, () =>
            RuleFor(c => c.DisplayName.Value).NotEmpty().WithMessage("must not be empty; it cannot be cleared.")
                .MaximumLength(ProfileRules.DisplayNameMaxLength).OverridePropertyName("display_name"));
        When(c => c.Bio.HasValue, () =>
            RuleFor(c => c.Bio.Value).MaximumLength(ProfileRules.BioMaxLength).OverridePropertyName("bio"));
        When(c => c.Interests.HasValue && c.Interests.Value is not null, () =>
        {
            RuleFor(c => c.Interests.Value!.Count).LessThanOrEqualTo(ProfileRules.MaxInterests)
                .OverridePropertyName("interests").WithMessage($"at most {ProfileRules.MaxInterests} interests.");
            RuleForEach(c => c.Interests.Value).NotEmpty().MaximumLength(ProfileRules.InterestMaxLength)
                .OverridePropertyName("interests");
        });
    }
}
