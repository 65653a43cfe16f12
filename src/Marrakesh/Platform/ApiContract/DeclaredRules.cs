using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>
/// Puts the declared validation (<see cref="IDeclaredRule"/> attributes, <see cref="RequiredFieldAttribute"/>,
/// <see cref="RequiredToCreateAttribute"/>) into the schemas: enums, lengths, ranges, patterns and which fields are
/// required. Numbers are numbers (the server also reads them from strings, but a client should not rely on it), and
/// money is <c>number</c> with format <c>decimal</c>, which Kiota and NSwag both map to <c>decimal</c>.
/// </summary>
internal sealed class DeclaredRules : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        NumbersAreNumbers(schema);
        if (context.JsonPropertyInfo is { } property)
        {
            if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(decimal))
            {
                schema.Format = "decimal";
            }
            if (property.AttributeProvider is { } attributes)
            {
                Apply(schema, attributes);
            }
        }
        else if (context.JsonTypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object
            && context.JsonTypeInfo.Properties.Any(p => p.AttributeProvider?.IsDefined(typeof(System.ComponentModel.DataAnnotations.ValidationAttribute), true) == true))
        {
            Require(schema, context.JsonTypeInfo);
        }
        return Task.CompletedTask;
    }

    /// <summary>An input's required fields are those its rules require, and no others.</summary>
    private static void Require(OpenApiSchema schema, System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var creating = typeof(ICreatingInput).IsAssignableFrom(type.Type);
        var required = type.Properties
            .Where(p => p.AttributeProvider is { } a && (a.IsDefined(typeof(RequiredFieldAttribute), true) || (creating && a.IsDefined(typeof(RequiredToCreateAttribute), true))))
            .Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        schema.Required = required.Count > 0 ? required : null;
        foreach (var name in required)
        {
            if (schema.Properties is { } properties && properties.TryGetValue(name, out var property) && property is OpenApiSchema field && field.Type is { } fieldType)
            {
                field.Type = fieldType & ~JsonSchemaType.Null;
            }
        }
    }

    private static void Apply(OpenApiSchema schema, ICustomAttributeProvider attributes)
    {
        foreach (var facts in attributes.GetCustomAttributes(true).OfType<IDeclaredRule>().Select(r => r.Facts))
        {
            var value = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
            if (facts.MaxItems is { } maxItems)
            {
                schema.MaxItems = maxItems;
            }
            value.MaxLength = facts.MaxLength ?? value.MaxLength;
            value.MinLength = facts.MinLength ?? value.MinLength;
            value.Minimum = Number(facts.Minimum) ?? value.Minimum;
            value.ExclusiveMinimum = Number(facts.ExclusiveMinimum) ?? value.ExclusiveMinimum;
            value.Maximum = Number(facts.Maximum) ?? value.Maximum;
            value.MultipleOf = facts.MultipleOf ?? value.MultipleOf;
            value.Pattern = facts.Pattern ?? value.Pattern;
            if (facts.Allowed is { } allowed)
            {
                var words = allowed.Select(a => (JsonNode)JsonValue.Create(a)!).ToList();
                if (value.Type?.HasFlag(JsonSchemaType.Null) == true)
                {
                    words.Add(null!);
                }
                value.Enum = words;
            }
            if (facts.Note is { } note && !(schema.Description ?? "").Contains(note, StringComparison.Ordinal))
            {
                schema.Description = string.IsNullOrEmpty(schema.Description) ? note : $"{schema.Description} {note}";
            }
        }
    }

    /// <summary>The framework allows numbers as strings too (web defaults); the contract promises numbers.</summary>
    private static void NumbersAreNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer)) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        if (schema.Items is OpenApiSchema items)
        {
            NumbersAreNumbers(items);
        }
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
