using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>
/// A schema's name in the document: a use case's nested type is named with its use case (<c>MakePledgeInput</c>,
/// <c>IssueApiTokenOutput</c>), also inside a generic (<c>ListOutputOfListApiTokensOutput</c>), so the many types
/// called <c>Input</c> or <c>Output</c> never share one schema.
/// </summary>
internal static class SchemaNames
{
    public static string? Of(JsonTypeInfo type) =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id ? NameOf(type.Type) ?? id : null;

    private static string? NameOf(Type type)
    {
        if (type.IsArray || Nullable.GetUnderlyingType(type) is not null)
        {
            return null;
        }
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments().Select(NameOf).ToList();
            return arguments.Any(a => a is null) ? null : type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(arguments);
        }
        return type.DeclaringType is { IsGenericType: false } declaring ? declaring.Name + type.Name : type.Name;
    }
}
