using FluentValidation;
using PageShare.Application.Common.Behaviours;
using PageShare.Application.Common.Messaging;
using ValidationException = PageShare.Application.Common.Exceptions.ValidationException;

namespace PageShare.Application.UnitTests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    private static readonly RequestHandlerDelegate<string> Next = _ => Task.FromResult("ran");

    [Fact]
    public async Task Handle_ValidRequest_Runs()
    {
        var behaviour = new ValidationBehaviour<CreateThing, string>([new CreateThingValidator()]);

        var answer = await behaviour.Handle(new CreateThing("ok", 24, new Inner("x")), Next, default);

        answer.Should().Be("ran");
    }

    [Fact]
    public async Task Handle_InvalidFields_ThrowsWithEverySnakeCaseField()
    {
        var behaviour = new ValidationBehaviour<CreateThing, string>([new CreateThingValidator(), new SecondValidator()]);

        var act = () => behaviour.Handle(new CreateThing("", 5, new Inner("")), Next, default);

        var errors = (await act.Should().ThrowAsync<ValidationException>()).Which.Errors;
        errors.Keys.Should().BeEquivalentTo("display_name", "duration_hours", "poll_options.option_text");
        errors["duration_hours"].Should().HaveCount(2);
    }

    [Theory]
    [InlineData("DisplayName", "display_name")]
    [InlineData("Poll.DurationHours", "poll.duration_hours")]
    [InlineData("MediaUrls[2]", "media_urls[2]")]
    [InlineData("", "body")]
    public void ToSnakeCase_PropertyPath_ReturnsJsonFieldName(string path, string expected) =>
        FieldNames.ToSnakeCase(path).Should().Be(expected);

    public sealed record Inner(string OptionText);

    public sealed record CreateThing(string DisplayName, int DurationHours, Inner PollOptions) : IRequest<string>;

    private sealed class CreateThingValidator : AbstractValidator<CreateThing>
    {
        public CreateThingValidator()
        {
            RuleFor(c => c.DisplayName).NotEmpty();
            RuleFor(c => c.DurationHours).InclusiveBetween(24, 168);
            RuleFor(c => c.PollOptions.OptionText).NotEmpty();
        }
    }

    private sealed class SecondValidator : AbstractValidator<CreateThing>
    {
        public SecondValidator() => RuleFor(c => c.DurationHours).Must(h => h % 24 == 0).WithMessage("must be whole days.");
    }
}
