using System.Collections;
using System.Reflection;

namespace Marrakesh.Platform.Text;

/// <summary>
/// Rewrites every text of a use case's input to NFC before its rules run (<c>InputValidator</c>): the one step every
/// write passes through, from the API, the pages and the CLI alike (ADR 0016). It walks the input's string
/// properties, lists of strings, and the app's own records nested in it.
/// </summary>
public static class TextNormalisation
{
    public static void ToNfc(object input) => Visit(input, depth: 0);

    private static void Visit(object value, int depth)
    {
        // Inputs nest two or three levels (a review's sections, a budget); the bound keeps a cycle from looping.
        if (depth > 8)
        {
            return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead || property.IsDefined(typeof(VerbatimAttribute)))
            {
                continue;
            }
            switch (property.GetValue(value))
            {
                case string text when property.CanWrite:
                    var normalised = UnicodeText.Nfc(text);
                    if (!ReferenceEquals(normalised, text))
                    {
                        property.SetValue(value, normalised);
                    }
                    break;
                // Arrays call themselves read-only as collections, yet their items can be replaced.
                case IList<string?> texts when !texts.IsReadOnly || texts is Array:
                    for (var i = 0; i < texts.Count; i++)
                    {
                        if (texts[i] is { } item)
                        {
                            texts[i] = UnicodeText.Nfc(item);
                        }
                    }
                    break;
                case IEnumerable items and not string when IsOwnType(property.PropertyType.GetGenericArguments().FirstOrDefault()):
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            Visit(item, depth + 1);
                        }
                    }
                    break;
                case { } nested when IsOwnType(nested.GetType()):
                    Visit(nested, depth + 1);
                    break;
            }
        }
    }

    private static bool IsOwnType(Type? type) => type is { IsClass: true } && type.Assembly == typeof(TextNormalisation).Assembly;
}
