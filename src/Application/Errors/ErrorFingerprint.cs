using System.Security.Cryptography;
using System.Text;

namespace PageShare.Application.Errors;

/// <summary>
/// What makes two reports "the same error": exception type (backend), message and the top stack frame. Not the
/// whole stack: a frame further down differs between callers of the same failing code.
/// </summary>
public static class ErrorFingerprint
{
    public static string For(string? exceptionType, string message, string? stack)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = string.Join('\n', exceptionType ?? string.Empty, message.Trim(), TopFrame(stack) ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>
    /// The first frame line: <c>at ...</c> in .NET and V8 stacks, <c>fn@url:line:col</c> in Firefox and Safari ones.
    /// V8 starts with a "TypeError: ..." line that is the message again, so a frame is looked for, not the first line.
    /// </summary>
    public static string? TopFrame(string? stack)
    {
        if (string.IsNullOrWhiteSpace(stack))
        {
            return null;
        }

        foreach (var line in stack.Split('\n'))
        {
            var frame = line.Trim();
            if (frame.StartsWith("at ", StringComparison.Ordinal) || frame.Contains('@', StringComparison.Ordinal))
            {
                return frame;
            }
        }

        return null;
    }
}
