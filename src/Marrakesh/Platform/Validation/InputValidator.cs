using System.ComponentModel.DataAnnotations;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

namespace Marrakesh.Platform.Validation;

/// <summary>
/// Brings the input's text to NFC (<see cref="TextNormalisation"/>), then runs the rules declared on it
/// (DataAnnotations and <see cref="IValidatableObject"/>, through the framework's generated validators) and throws one
/// <see cref="InvalidInputException"/> naming every field at fault. Use cases call it first, so a page or a CLI verb
/// gets the same checks as the API (where the framework's endpoint filter has already run them).
/// </summary>
// The framework marks running its generated validators outside an endpoint as evaluation API in .NET 10 (ASP0029);
// it is how a page or a CLI verb gets exactly the API's rules (ADR 0013).
#pragma warning disable ASP0029
public sealed class InputValidator(IOptions<ValidationOptions> options, IServiceProvider services)
{
    public async Task ValidateAsync<TInput>(TInput? input, CancellationToken cancellationToken) where TInput : class
    {
        if (input is null)
        {
            throw new InvalidInputException("", ValidationText.Get("BodyRequired"));
        }
        TextNormalisation.ToNfc(input);
        if (!options.Value.TryGetValidatableTypeInfo(input.GetType(), out var info))
        {
            throw new InvalidOperationException($"{input.GetType()} is not known to the validation generator: take it as an endpoint's parameter.");
        }
        var context = new ValidateContext
        {
            ValidationOptions = options.Value,
            ValidationContext = new ValidationContext(input, services, items: null),
        };
        await info.ValidateAsync(input, context, cancellationToken);
        if (context.ValidationErrors is { Count: > 0 } errors)
        {
            throw new InvalidInputException(FieldPath.ToApi(errors));
        }
    }
}
#pragma warning restore ASP0029
