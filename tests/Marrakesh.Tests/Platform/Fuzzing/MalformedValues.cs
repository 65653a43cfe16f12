using System.Globalization;
using System.Text;
using CsCheck;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>The hostile values the fuzzer draws from: JSON tokens, path segments, query values and header values.</summary>
public static class MalformedValues
{
    public const int MegabyteString = 1_000_000;

    /// <summary>200 levels of nesting: deeper than the JSON reader's limit of 64.</summary>
    public static string Deep(int levels, bool objects) => objects
        ? string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels)
        : new string('[', levels) + "1" + new string(']', levels);

    /// <summary>A JSON string literal; every character outside printable ASCII is escaped, so lone surrogates survive.</summary>
    public static string JsonString(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}");
        }
        return text.Append('"').ToString();
    }

    /// <summary>A JSON token of the wrong type, size or content for wherever it lands.</summary>
    public static readonly Gen<string> JsonToken = Gen.Frequency(
        (6, Gen.OneOf(
            "null", "true", "false", "0", "-0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
            "1e308", "-1e308", "1e309", "4.9e-324", "0.001", "1.005", "123456789012345678901234567890.123", "1" + new string('0', 400),
            "NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1", "[]", "{}", "[null]", "[1, \"a\", null, {}]",
            "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"x\\ud83d\"", "\"\\ud83d\\ude00\"",
            "\"\\u202e\"", "\"\\ufeff\"", "\"\\r\\n\"", "\"not-a-uuid\"", "\"2026-13-45\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"2020-02-30\"",
            "\"00000000-0000-0000-0000-000000000000\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"javascript:alert(1)\"",
            "\"../../etc/passwd\"", "\"%00\"", "\"NaN\"", "\"-1\"", "\"1e308\"", "\"zzz\"", "\"ZZZ\"", "\"@programme\"", "\"@pledge\"")),
        (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.String.Select(JsonString)),
        (1, Gen.Char.Array[0, 40].Select(cs => JsonString(new string(cs)))),
        (1, Gen.Int[1, 8].Select(n => JsonString(new string('x', n * 64 * 1024)))),
        (1, Gen.Const(() => JsonString(new string('x', MegabyteString)))),
        (1, Gen.OneOf(Deep(200, objects: false), Deep(200, objects: true), Deep(65, objects: false))),
        (1, Gen.Int[1, 20_000].Select(n => "[" + string.Join(",", Enumerable.Repeat("1", n)) + "]")),
        (1, Gen.Int[1, 5_000].Select(n => "[" + string.Join(",", Enumerable.Repeat("\"MAR\"", n)) + "]")));

    /// <summary>
    /// A path segment that names no record, or is not even of the right type; already URL-encoded. No %00: Kestrel
    /// refuses it before the app sees the request, and the in-memory test server cannot even build such a path.
    /// </summary>
    public static readonly Gen<string> PathSegment = Gen.Frequency(
        (8, Gen.OneOf(
            "0", "-1", "1", "24", "2147483648", "99999999999999999999", "1e3", "abc", "ZZZ", "mar", "null", "undefined",
            "00000000-0000-0000-0000-000000000000", "%01", "%FF", "%ED%A0%80", "%2F", "%2E%2E", "%20", "%25", "a%20b", "..", "-",
            "imrf-1900", "x" + new string('9', 40))),
        (1, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.Int[1, 5].Select(n => new string('a', n * 1000))),
        (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Char.AlphaNumeric.Array[1, 30].Select(cs => new string(cs))));

    /// <summary>A query value of the wrong type or size; already URL-encoded.</summary>
    public static readonly Gen<string> QueryValue = Gen.Frequency(
        (8, Gen.OneOf(
            "", "-1", "0", "1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e308", "NaN", "abc",
            "true", "%00", "%FF", "%ED%A0%80", "%5B%5D", "%22%22", "a%26b%3Dc", "%2A", "MAR", "ZZZ", "2026-13-45", "9999-12-31",
            "00000000-0000-0000-0000-000000000000", "%3Cscript%3E", "%27%20OR%201%3D1", "migra%2A", "%22legal%20aid%22",
            "%22", "%28%29%7C%26%21", "a%2Bb")),
        (1, Gen.Int[1, 5].Select(n => new string('q', n * 1000))),
        (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.String[0, 30].Select(s => Uri.EscapeDataString(string.Concat(s.Where(c => !char.IsSurrogate(c)))))));

    /// <summary>A header value that is printable ASCII (anything else never gets past Kestrel) but means nothing sensible.</summary>
    public static readonly Gen<string> HeaderValue = Gen.Frequency(
        (6, Gen.OneOf("", " ", "*", "null", "-1", "0", "\"\"", "\"", "W/\"1\"", "\"1\", \"2\"", "\"abc\"", "\"99999999999\"",
            "\"-1\"", "\"0\"", "1", "\"2147483648\"", ";;;", "=", "\\", "%00", "a\tb")),
        (1, Gen.Int[1, 8].Select(n => new string('k', n * 1000))),
        (1, Gen.Char['!', '~'].Array[1, 60].Select(cs => new string(cs))));
}
