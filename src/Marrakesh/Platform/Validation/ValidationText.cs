using System.Globalization;
using System.Resources;

namespace Marrakesh.Platform.Validation;

/// <summary>
/// The messages of input rules, from the interface's resource file (keys <c>Validation.*</c>) in the caller's
/// language, so they can be translated with the rest of the interface.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new("Marrakesh.Resources.SharedResource", typeof(ValidationText).Assembly);

    public static string Get(string name, params object?[] arguments)
    {
        var template = Resources.GetString("Validation." + name, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"Validation.{name} is missing from SharedResource.resx.");
        return arguments.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, arguments);
    }
}
