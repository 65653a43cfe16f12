using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marrakesh.Pages.Hub;

/// <summary>Reads the hub forms' free-text lists and dates.</summary>
internal static class HubForm
{
    public static List<string> Split(string? value) =>
        [.. (value ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static DateOnly? Date(string? value, string field, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        modelState.AddModelError(field, $"{field}: use the form yyyy-mm-dd.");
        return null;
    }
}
