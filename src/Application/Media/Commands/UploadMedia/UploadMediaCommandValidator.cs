using FluentValidation;

namespace PageShare.Application.Media.Commands.UploadMedia;

internal sealed class UploadMediaCommandValidator : AbstractValidator<UploadMediaCommand>
{
    public UploadMediaCommandValidator() =>
        RuleFor(c => c.Files).Must(f => f is { Count: >= 1 and <= MediaUploadRules.MaxFiles })
            .OverridePropertyName("files")
            .WithMessage($"send 1 to {MediaUploadRules.MaxFiles} images as the multipart field 'files'.");
}
