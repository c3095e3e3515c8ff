using FluentValidation;

namespace PageShare.Application.Polls.Commands.VotePoll;

internal sealed class VotePollCommandValidator : AbstractValidator<VotePollCommand>
{
    public VotePollCommandValidator() => RuleFor(c => c.OptionId).NotEmpty().WithMessage("is required.");
}
