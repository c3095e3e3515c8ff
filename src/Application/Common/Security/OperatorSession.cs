namespace PageShare.Application.Common.Security;

/// <summary>
/// Scoped: true only in the scope the command-line runner opened for an operator verb. HTTP requests never set it,
/// so an <see cref="IOperatorRequest"/> sent from one is refused.
/// </summary>
public sealed class OperatorSession
{
    public bool IsOperator { get; private set; }

    public void BeginOperatorSession() => IsOperator = true;
}
