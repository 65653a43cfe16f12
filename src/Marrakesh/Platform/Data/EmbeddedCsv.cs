using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Marrakesh.Platform.Data;

/// <summary>Reads the reference CSV files shipped inside the assembly (see Modules/*/Data).</summary>
internal static class EmbeddedCsv
{
    public static List<T> Read<T>(string fileName)
    {
        var resource = $"Marrakesh.Data.{fileName}";
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded reference file {resource} is missing.");
        using var reader = new StreamReader(stream);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant(),
        };
        using var csv = new CsvReader(reader, configuration);
        return [.. csv.GetRecords<T>()];
    }
}
