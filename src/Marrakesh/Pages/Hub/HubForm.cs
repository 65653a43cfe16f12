using System.Globalization;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marrakesh.Pages.Hub;

/// <summary>
/// Reads what the hub forms hold as text (lists, dates, numbers) into the use cases' types; what cannot be read is named
/// beside its field, and the rest is still checked by the use case's rules.
/// </summary>
internal static class HubForm
{
    public static List<string> Split(string? value) =>
        [.. (value ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static DateOnly? Date(string? text, string field, ModelStateDictionary errors) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : Refuse<DateOnly>(errors, field, "DateFormat");

    public static decimal? Amount(string? text, string field, ModelStateDictionary errors) =>
        string.IsNullOrWhiteSpace(text) ? null
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount
        : Refuse<decimal>(errors, field, "NumberFormat");

    public static int? WholeNumber(string? text, string field, ModelStateDictionary errors) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
        : Refuse<int>(errors, field, "WholeNumber");

    private static T? Refuse<T>(ModelStateDictionary errors, string field, string message) where T : struct
    {
        errors.AddModelError(field, ValidationText.Get(message));
        return null;
    }
}
