using FluentValidation;

namespace PageShare.Application.Users.Commands.ChangeProfilePicture;

internal sealed class ChangeProfilePictureCommandValidator : AbstractValidator<ChangeProfilePictureCommand>
{
    public ChangeProfilePictureCommandValidator() =>
        RuleFor(c => c.Content).NotNull().OverridePropertyName("file").WithMessage("is required: send the picture as the multipart field 'file'.");
}
