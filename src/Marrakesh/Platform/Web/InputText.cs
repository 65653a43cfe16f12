using Marrakesh.Platform.Errors;

namespace Marrakesh.Platform.Web;

/// <summary>Free text from a caller: trimmed, empty read as absent, and too long named as an input error.</summary>
public static class InputText
{
    public static string? Trimmed(string? value, string field, int max) =>
        value?.Trim() is not { Length: > 0 } text ? null
        : text.Length <= max ? text
        : throw new InvalidInputException(field, $"Use at most {max} characters ({text.Length} given).");
}
