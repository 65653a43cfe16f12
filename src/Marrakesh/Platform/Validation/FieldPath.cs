using System.Text;

namespace Marrakesh.Platform.Validation;

/// <summary>
/// The framework names a field at fault by its C# path (<c>Budget.Currency</c>, <c>Objectives[0]</c>); the API names
/// fields as its JSON does (<c>budget.currency</c>, <c>objectives[0]</c>).
/// </summary>
public static class FieldPath
{
    public static string ToApi(string path)
    {
        var result = new StringBuilder(path.Length);
        var startOfName = true;
        foreach (var c in path)
        {
            result.Append(startOfName ? char.ToLowerInvariant(c) : c);
            startOfName = c is '.' or '[';
        }
        // A rule on a whole nested object (no member) comes as "checks[0].test."; the API names the object itself.
        return result.ToString().TrimEnd('.');
    }

    public static Dictionary<string, string[]> ToApi(IDictionary<string, string[]> errors) =>
        errors.GroupBy(e => ToApi(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>A page's form field for an API field: <c>budget.currency</c> → <c>Budget.Currency</c>.</summary>
    public static string ToForm(string apiPath) =>
        string.Join('.', apiPath.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
