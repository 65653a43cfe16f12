using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>What a mutation does to one place of a valid-ish body.</summary>
public enum MutationKind { Replace, Remove, AddField, SetNull, WrapInArray }

/// <summary>One change to a body: which place (<paramref name="Pick"/>, modulo the places there are), what, and with which token.</summary>
public sealed record Mutation(int Pick, MutationKind Kind, string Token, string FieldName);

/// <summary>Bodies that are almost right, not JSON at all, too deep, too big, wrongly encoded or wrongly labelled.</summary>
public static class MalformedBodies
{
    public const string Json = "application/json";
    private const string Boundary = "fuzz-boundary-7d1";

    private static readonly Gen<Mutation> AMutation = Gen.Select(
        Gen.Int[0, 1000], Gen.Enum<MutationKind>(), MalformedValues.JsonToken,
        Gen.OneOf("unexpected", "__proto__", "$type", "", "id", "version", "recordedBy", "Title", "title ", "\u0000"),
        (pick, kind, token, name) => new Mutation(pick, kind, token, name));

    public static readonly Gen<string?> ContentType = Gen.OneOf<string?>(
        null, "", "text/plain", "text/json", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
        "application/json; charset=nonsense", "application/json; charset=utf-32", "application/merge-patch+json",
        "application/problem+json", "garbage", "application/json; boundary=x", "*/*", "application/octet-stream", "image/png");

    /// <summary>The body for an operation that takes JSON: its valid-ish body, mutated or replaced.</summary>
    public static Gen<FuzzBody> ForJson(JsonNode? validish)
    {
        var text = validish?.ToJsonString() ?? "{}";
        return Gen.Frequency(
            (10, Gen.Const(new FuzzBody("valid-ish", Json, text))),
            (55, AMutation.Array[1, 3].Select(m => new FuzzBody(Describe(m), Json, Mutate(validish, m)))),
            (10, Gen.Select(AMutation.Array[0, 2], ContentType, (m, type) => new FuzzBody(Describe(m), type, Mutate(validish, m)))),
            (25, Whole(text)));
    }

    /// <summary>The body for a file upload: multipart forms of every kind of wrong, or something else entirely.</summary>
    public static Gen<FuzzBody> ForMultipart() => Gen.Frequency((60, Multipart), (40, Whole("{}")));

    /// <summary>The body for an operation that takes none: usually none, sometimes one anyway.</summary>
    public static Gen<FuzzBody?> ForNone(bool isWrite) => isWrite
        ? Gen.Frequency((75, Gen.Const((FuzzBody?)null)), (15, Whole("{}").Select(b => (FuzzBody?)b)), (10, Multipart.Select(b => (FuzzBody?)b)))
        : Gen.Frequency((95, Gen.Const((FuzzBody?)null)), (5, Whole("{}").Select(b => (FuzzBody?)b)));

    private static string Describe(Mutation[] mutations) =>
        mutations.Length == 0 ? "valid-ish" : string.Join(", ", mutations.Select(m => $"{m.Kind}#{m.Pick}"));

    /// <summary>A whole body that replaces the valid-ish one.</summary>
    private static Gen<FuzzBody> Whole(string validish) => Gen.Frequency(
        (8, Gen.OneOf(
            new FuzzBody("empty", Json, ""), new FuzzBody("null", Json, "null"), new FuzzBody("array", Json, "[]"),
            new FuzzBody("string", Json, "\"text\""), new FuzzBody("number", Json, "12"), new FuzzBody("empty object", Json, "{}"),
            new FuzzBody("whitespace", Json, " \t\r\n "), new FuzzBody("NUL", Json, "\0"),
            new FuzzBody("200 nested arrays", Json, MalformedValues.Deep(200, objects: false)),
            new FuzzBody("200 nested objects", Json, MalformedValues.Deep(200, objects: true)),
            new FuzzBody("trailing garbage", Json, validish + "}"), new FuzzBody("two documents", Json, validish + validish),
            new FuzzBody("single quotes", Json, validish.Replace('"', '\'')), new FuzzBody("comment", Json, "/* c */" + validish),
            new FuzzBody("trailing comma", Json, validish.Length > 2 ? validish.Insert(validish.Length - 1, ",") : "[1,]"),
            new FuzzBody("invalid UTF-8", Json, validish, Prefix: [0xFF, 0xFE, 0xC3, 0x28]),
            new FuzzBody("byte-order mark", Json, validish, Prefix: [0xEF, 0xBB, 0xBF]),
            new FuzzBody("UTF-16 sent as UTF-8", Json, validish, Utf16: true),
            new FuzzBody("UTF-16 declared", "application/json; charset=utf-16", validish, Utf16: true),
            new FuzzBody("form", "application/x-www-form-urlencoded", "name=x&days=5&state=MAR"),
            new FuzzBody("XML", "application/xml", "<a>1</a>"), new FuzzBody("no Content-Type", null, validish))),
        (1, Gen.Const(() => new FuzzBody("10,000 nested arrays", Json, MalformedValues.Deep(10_000, objects: false)))),
        (1, Gen.Const(() => new FuzzBody("1 MB string field", Json, "{\"title\": " + MalformedValues.JsonString(new string('x', MalformedValues.MegabyteString)) + "}"))),
        (1, Gen.Const(() => new FuzzBody("1 MB of spaces", Json, new string(' ', MalformedValues.MegabyteString) + validish))),
        (2, Gen.Int[0, Math.Max(0, validish.Length - 1)].Select(n => new FuzzBody($"cut at {n}", Json, validish[..n]))),
        (2, Gen.Select(ContentType, MalformedValues.JsonToken, (type, token) => new FuzzBody("a bare token", type, token))));

    private static readonly Gen<string> PartName = Gen.OneOf("file", "file", "kind", "revision", "year", "files", "", "FILE");

    private static readonly Gen<string> PartContent = Gen.Frequency(
        (6, Gen.OneOf("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "", "not a pdf", "%PDF-",
            "migrant-stock", "wdi", "bilateral-migrants", "2020", "-1", "99999999999", "PK\u0003\u0004garbage", "\0\0\0")),
        (1, Gen.Int[1, 8].Select(n => "%PDF-" + new string('x', n * 100_000))));

    private static readonly Gen<FuzzBody> Multipart = Gen.Select(
        Gen.Select(PartName, Gen.OneOf<string?>(null, "a.pdf", "../../x.pdf", "", "a\"b.pdf", new string('n', 500)), PartContent).Array[0, 3],
        Gen.OneOf($"multipart/form-data; boundary={Boundary}", "multipart/form-data", "multipart/form-data; boundary=other",
            $"multipart/form-data; boundary={new string('b', 80)}", $"multipart/mixed; boundary={Boundary}"),
        Gen.Bool,
        (parts, type, closed) => new FuzzBody(closed ? "multipart" : "multipart, unterminated", type, Form(parts, closed)));

    private static string Form((string Name, string? FileName, string Content)[] parts, bool closed)
    {
        var form = new StringBuilder();
        foreach (var (name, fileName, content) in parts)
        {
            form.Append($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"");
            form.Append(fileName is null ? "\r\n" : $"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n");
            form.Append($"\r\n{content}\r\n");
        }
        return closed ? form.Append($"--{Boundary}--\r\n").ToString() : form.ToString();
    }

    /// <summary>Applies the mutations to a copy of the body; tokens go in as raw JSON text, so they can be anything.</summary>
    private static string Mutate(JsonNode? validish, Mutation[] mutations)
    {
        var body = validish?.DeepClone() ?? new JsonObject();
        var tokens = new List<string>();
        string Marker(string token)
        {
            tokens.Add(token);
            return $"@@token{tokens.Count - 1}@@";
        }
        foreach (var mutation in mutations)
        {
            var places = Places(body).ToList();
            if (places.Count == 0 || mutation.Kind == MutationKind.AddField)
            {
                var target = places.Select(p => p.Parent).OfType<JsonObject>().Append(body as JsonObject).OfType<JsonObject>().ToList();
                if (target.Count > 0)
                {
                    target[mutation.Pick % target.Count][mutation.FieldName] = Marker(mutation.Token);
                }
                continue;
            }
            var (parent, name, index) = places[mutation.Pick % places.Count];
            JsonNode? Current() => name is not null ? parent[name] : parent[index];
            void Set(JsonNode? value)
            {
                if (name is not null) { parent[name] = value; } else { parent[index] = value; }
            }
            switch (mutation.Kind)
            {
                case MutationKind.Replace: Set(Marker(mutation.Token)); break;
                case MutationKind.SetNull: Set(null); break;
                case MutationKind.WrapInArray: Set(new JsonArray(Current()?.DeepClone())); break;
                case MutationKind.Remove when name is not null: ((JsonObject)parent).Remove(name); break;
                case MutationKind.Remove: ((JsonArray)parent).RemoveAt(index); break;
            }
        }
        var text = body.ToJsonString();
        for (var i = 0; i < tokens.Count; i++)
        {
            text = text.Replace($"\"@@token{i}@@\"", tokens[i], StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>Every place in a JSON tree: a property of an object, or an element of an array.</summary>
    private static IEnumerable<(JsonNode Parent, string? Name, int Index)> Places(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                yield return (obj, name, -1);
                foreach (var place in Places(value)) { yield return place; }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                yield return (array, null, i);
                foreach (var place in Places(array[i])) { yield return place; }
            }
        }
    }
}
