using System.Globalization;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marrakesh.Pages.Pledges;

/// <summary>
/// Reads what a pledge form holds as text (an amount, a date, a pasted address, a list) into the use case's types;
/// what cannot be read is named beside its field, and the rest is still checked by the use case's rules.
/// </summary>
internal static class PledgeForm
{
    public static decimal? Amount(string? text, string field, ModelStateDictionary errors) =>
        string.IsNullOrWhiteSpace(text) ? null
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount
        : Refuse<decimal>(errors, field, "NumberFormat");

    public static DateOnly? Date(string? text, string field, ModelStateDictionary errors) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : Refuse<DateOnly>(errors, field, "DateFormat");

    /// <summary>A pledge's id, or its address pasted from the browser.</summary>
    public static Guid? Match(string? text, string field, ModelStateDictionary errors) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Guid.TryParse(text.Trim().TrimEnd('/').Split('/').Last(), out var id) ? id
        : Refuse<Guid>(errors, field, "PledgeAddress");

    public static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);

    private static T? Refuse<T>(ModelStateDictionary errors, string field, string message) where T : struct
    {
        errors.AddModelError(field, ValidationText.Get(message));
        return null;
    }
}
