using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>
/// A body an operation could accept, built from its schema with plausible values by field name, so that mutations of
/// it get past the parser and reach the rules and the database. Values that must name a live record are placeholders
/// (<c>@programme</c>) that <see cref="FuzzTargets"/> fills in when the request is sent.
/// </summary>
public static class ValidishBodies
{
    private static readonly string Narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7));

    private static readonly Dictionary<string, string> Samples = new()
    {
        ["actorType"] = "\"civil-society\"", ["actorName"] = "\"Fuzz Network\"", ["form"] = "\"policy\"",
        ["jointType"] = "\"individual\"", ["narrative"] = JsonSerializer.Serialize(Narrative), ["measure"] = "\"People trained\"",
        ["amount"] = "1000.5", ["amountUsd"] = "1000", ["budgetUsd"] = "2000000", ["currency"] = "\"USD\"", ["rateToUsd"] = "1.08",
        ["objective"] = "5", ["objectives"] = "[1, 23]", ["state"] = "\"MAR\"", ["states"] = "[\"MAR\"]", ["countries"] = "[\"MAR\"]",
        ["pledgingState"] = "\"MAR\"", ["contributor"] = "\"Germany\"", ["contributorType"] = "\"member-state\"",
        ["contributorState"] = "\"DEU\"", ["earmark"] = "\"none\"", ["date"] = "\"2025-06-01\"", ["decision"] = "\"approve\"",
        ["reference"] = "\"SC-2026-01\"", ["organisations"] = "[\"IOM\", \"ILO\"]", ["organisation"] = "\"IOM\"", ["thematicArea"] = "2",
        ["title"] = "\"Fuzzed title\"", ["summary"] = "\"A short summary.\"", ["body"] = "\"## What we did\\n\\nWe opened **desks**.\"",
        ["description"] = "\"Fuzzed description.\"", ["languages"] = "[\"fr\"]", ["language"] = "\"en\"", ["modality"] = "\"advice\"",
        ["provider"] = "\"ILO\"", ["providerType"] = "\"un-network-member\"", ["topics"] = "[\"recruitment\"]", ["regions"] = "[\"Africa\"]",
        ["capacity"] = "3", ["principles"] = "[\"whole-of-society\"]", ["status"] = "\"in-progress\"", ["to"] = "\"assessed\"",
        ["days"] = "5", ["name"] = "\"fuzz\"", ["year"] = "2025", ["number"] = "1", ["need"] = "\"We need help with statistics.\"",
        ["reason"] = "\"Fuzzed reason\"", ["note"] = "\"Fuzzed note\"", ["comment"] = "\"Fuzzed comment\"", ["source"] = "\"Fuzz source\"",
        ["programmeId"] = "\"@programme\"", ["pledgeId"] = "\"@pledge\"", ["matches"] = "\"@pledge\"", ["offers"] = "[\"@offer\"]",
        ["signedOn"] = "\"2025-06-01\"", ["startDate"] = "\"2026-01-01\"", ["endDate"] = "\"2027-12-31\"", ["priority"] = "1",
        ["certified"] = "false", ["consulted"] = "[\"National council\"]", ["evidence"] = "[\"A survey\"]",
    };

    /// <summary>The base body of an operation's JSON schema.</summary>
    public static JsonNode? For(JsonElement schema, JsonElement components) => Build(schema, components, depth: 0);

    private static JsonNode? Build(JsonElement schema, JsonElement components, int depth)
    {
        schema = Resolve(schema, components);
        if (depth > 6)
        {
            return null;
        }
        if (schema.TryGetProperty("properties", out var properties))
        {
            var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
            var obj = new JsonObject();
            foreach (var property in properties.EnumerateObject())
            {
                if (Samples.TryGetValue(property.Name, out var sample))
                {
                    obj[property.Name] = JsonNode.Parse(sample);
                }
                else if (required.Contains(property.Name) || Resolve(property.Value, components).TryGetProperty("properties", out _))
                {
                    obj[property.Name] = Build(property.Value, components, depth + 1);
                }
            }
            return obj;
        }
        var types = TypesOf(schema);
        if (types.Contains("array"))
        {
            return new JsonArray(schema.TryGetProperty("items", out var items) ? Build(items, components, depth + 1) : null);
        }
        if (types.Contains("integer"))
        {
            return JsonValue.Create(1);
        }
        if (types.Contains("number"))
        {
            return JsonValue.Create(100);
        }
        if (types.Contains("boolean"))
        {
            return JsonValue.Create(false);
        }
        if (types.Contains("string"))
        {
            return (schema.TryGetProperty("format", out var format) ? format.GetString() : null) switch
            {
                "date" => JsonValue.Create("2025-06-01"),
                "uuid" => JsonValue.Create(Guid.Empty.ToString()),
                _ => JsonValue.Create("Fuzzed text"),
            };
        }
        return new JsonObject();
    }

    /// <summary>Follows a reference, and takes the first alternative that is not null.</summary>
    private static JsonElement Resolve(JsonElement schema, JsonElement components)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = components.GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if ((schema.TryGetProperty("oneOf", out var choices) || schema.TryGetProperty("anyOf", out choices))
                && choices.EnumerateArray().FirstOrDefault(c => !TypesOf(c).SequenceEqual(["null"])) is { ValueKind: JsonValueKind.Object } choice)
            {
                schema = choice;
            }
            else
            {
                break;
            }
        }
        return schema;
    }

    private static string[] TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];
}
