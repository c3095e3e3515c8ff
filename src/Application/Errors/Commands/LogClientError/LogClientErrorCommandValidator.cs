using System.Text.Json;
using FluentValidation;

namespace PageShare.Application.Errors.Commands.LogClientError;

internal sealed class LogClientErrorCommandValidator : AbstractValidator<LogClientErrorCommand>
{
    public const int MaxMessageLength = 2000;
    public const int MaxStackLength = 10000;
    public const int MaxUrlLength = 2000;
    public const int MaxUserAgentLength = 500;

    public LogClientErrorCommandValidator()
    {
        RuleFor(c => c.Message).NotEmpty()
            .MaximumLength(MaxMessageLength);
        RuleFor(c => c.Stack).MaximumLength(MaxStackLength);
        RuleFor(c => c.Url).MaximumLength(MaxUrlLength);
        RuleFor(c => c.UserAgent).MaximumLength(MaxUserAgentLength);
        RuleFor(c => c.Context).Must(c => c is null || c.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            .WithMessage("must be a JSON object.");
    }
}
