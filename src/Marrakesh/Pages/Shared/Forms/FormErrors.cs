using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marrakesh.Pages.Shared.Forms;

/// <summary>Puts a use case's input errors beside the form fields they belong to.</summary>
public static class FormErrors
{
    /// <summary>
    /// Adds each error under its form field: by default the API field with a capital (<c>narrative</c> →
    /// <c>Narrative</c>); <paramref name="fields"/> renames the fields a form holds under another name.
    /// </summary>
    public static void AddInputErrors(this ModelStateDictionary state, InvalidInputException errors,
        IReadOnlyDictionary<string, string>? fields = null) =>
        state.AddInputErrors(errors, field => fields?.GetValueOrDefault(field) ?? FieldPath.ToForm(field));

    /// <summary>The same, with the form's own way of naming a field (<paramref name="formField"/> gets the API field without an index).</summary>
    public static void AddInputErrors(this ModelStateDictionary state, InvalidInputException errors, Func<string, string> formField)
    {
        foreach (var (field, reasons) in errors.Errors)
        {
            var name = field.Length == 0 ? string.Empty : formField(field.Split('[')[0]);
            foreach (var reason in reasons)
            {
                state.AddModelError(name, reason);
            }
        }
    }

    /// <summary>
    /// Runs the input's declared rules only, to show their errors beside the ones the form itself found (a number
    /// that is not one), so one submit reveals every mistake.
    /// </summary>
    public static Task AddRuleErrorsAsync<TInput>(this ModelStateDictionary state, InputValidator validator, TInput input,
        IReadOnlyDictionary<string, string>? fields, CancellationToken cancellationToken) where TInput : class =>
        state.AddRuleErrorsAsync(validator, input, field => fields?.GetValueOrDefault(field) ?? FieldPath.ToForm(field), cancellationToken);

    public static async Task AddRuleErrorsAsync<TInput>(this ModelStateDictionary state, InputValidator validator, TInput input,
        Func<string, string> formField, CancellationToken cancellationToken) where TInput : class
    {
        try
        {
            await validator.ValidateAsync(input, cancellationToken);
        }
        catch (InvalidInputException errors)
        {
            state.AddInputErrors(errors, formField);
        }
    }
}
