using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// The JSON text of the figures' columns: arrays of small arrays, <c>[[1990, "both", 154161984], …]</c>, which the
/// import writes and the queries read. Plain JSON keeps the figures readable in SQL too (SQLite's <c>json_each</c>,
/// PostgreSQL's <c>json_array_elements</c>). Numbers are written in their shortest exact form, so a figure reads back
/// as the same double. The small arrays come in the order the file gave them; whoever shows them orders them.
/// </summary>
public static class FigureJson
{
    /// <summary>A point of a migrant-stock series.</summary>
    public readonly record struct StockPoint(int Year, string Sex, double Value);

    /// <summary>One cell of a corridor row: the destination and the value.</summary>
    public readonly record struct PlaceValue(string Code, double Value);

    /// <summary>One value of an indicator: the place, the year and the value.</summary>
    public readonly record struct PlaceYearValue(string Code, int Year, double Value);

    public static string Write(IEnumerable<StockPoint> points) => Write(points, static (json, p) =>
    {
        json.WriteNumberValue(p.Year);
        json.WriteStringValue(p.Sex);
        json.WriteNumberValue(p.Value);
    });

    public static string Write(IEnumerable<PlaceValue> cells) => Write(cells, static (json, c) =>
    {
        json.WriteStringValue(c.Code);
        json.WriteNumberValue(c.Value);
    });

    public static string Write(IEnumerable<PlaceYearValue> values) => Write(values, static (json, v) =>
    {
        json.WriteStringValue(v.Code);
        json.WriteNumberValue(v.Year);
        json.WriteNumberValue(v.Value);
    });

    // One buffer and writer per thread, reset for each row: an import writes up to a few thousand rows.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? writing;

    private static string Write<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var (buffer, json) = writing ??= (new ArrayBufferWriter<byte>(4096), new Utf8JsonWriter(Stream.Null));
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartArray();
        foreach (var item in items)
        {
            json.WriteStartArray();
            write(json, item);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static List<StockPoint> ReadStock(string text)
    {
        var points = new List<StockPoint>();
        var json = Open(text);
        while (NextTuple(ref json))
        {
            var year = Int(ref json);
            Next(ref json, JsonTokenType.String);
            // Three values only: the same strings every time, not a new one per figure.
            var sex = json.ValueTextEquals("both"u8) ? "both" : json.ValueTextEquals("female"u8) ? "female" : json.ValueTextEquals("male"u8) ? "male" : json.GetString()!;
            points.Add(new StockPoint(year, sex, Double(ref json)));
            Next(ref json, JsonTokenType.EndArray);
        }
        return points;
    }

    /// <summary>An indicator's values, all of them or only those of one place.</summary>
    public static List<PlaceYearValue> ReadPlaceYears(string text, string? only = null)
    {
        var values = new List<PlaceYearValue>();
        var json = Open(text);
        while (NextTuple(ref json))
        {
            Next(ref json, JsonTokenType.String);
            // A State's page asks for one place of series that hold two hundred: compare before making a string.
            var wanted = only is null || json.ValueTextEquals(only);
            var code = wanted ? only ?? json.GetString()! : null;
            var year = Int(ref json);
            var value = Double(ref json);
            Next(ref json, JsonTokenType.EndArray);
            if (code is not null)
            {
                values.Add(new PlaceYearValue(code, year, value));
            }
        }
        return values;
    }

    /// <summary>A corridor row's cells, all of them or only the one of a place.</summary>
    public static List<PlaceValue> ReadPlaces(string text, string? only = null)
    {
        var cells = new List<PlaceValue>();
        var json = Open(text);
        while (NextTuple(ref json))
        {
            Next(ref json, JsonTokenType.String);
            var code = only is null ? json.GetString()! : json.ValueTextEquals(only) ? only : null;
            var value = Double(ref json);
            Next(ref json, JsonTokenType.EndArray);
            if (code is not null)
            {
                cells.Add(new PlaceValue(code, value));
            }
        }
        return cells;
    }

    private static Utf8JsonReader Open(string text)
    {
        var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        Next(ref json, JsonTokenType.StartArray);
        return json;
    }

    /// <summary>True at the start of the next small array; false at the end of the outer one.</summary>
    private static bool NextTuple(ref Utf8JsonReader json)
    {
        json.Read();
        return json.TokenType switch
        {
            JsonTokenType.StartArray => true,
            JsonTokenType.EndArray => false,
            _ => throw new JsonException($"Expected an array of figures, found {json.TokenType}."),
        };
    }

    private static int Int(ref Utf8JsonReader json)
    {
        Next(ref json, JsonTokenType.Number);
        return json.GetInt32();
    }

    private static double Double(ref Utf8JsonReader json)
    {
        Next(ref json, JsonTokenType.Number);
        return json.GetDouble();
    }

    private static void Next(ref Utf8JsonReader json, JsonTokenType expected)
    {
        if (!json.Read() || json.TokenType != expected)
        {
            throw new JsonException($"Expected {expected} in a figures column, found {json.TokenType}.");
        }
    }
}
