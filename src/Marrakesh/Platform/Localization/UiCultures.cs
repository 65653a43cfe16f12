using System.Globalization;

namespace Marrakesh.Platform.Localization;

/// <summary>The six official UN languages the interface is offered in.</summary>
public static class UiCultures
{
    public const string Default = "en";

    /// <summary>Code and the language's own name, in the UN's alphabetical order (English names).</summary>
    public static readonly IReadOnlyList<(string Code, string NativeName)> All =
    [
        ("ar", "العربية"),
        ("zh", "中文"),
        ("en", "English"),
        ("fr", "Français"),
        ("ru", "Русский"),
        ("es", "Español"),
    ];

    public static CultureInfo[] Cultures => [.. All.Select(c => new CultureInfo(c.Code))];
}
