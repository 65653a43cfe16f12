using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Marrakesh.Modules.States;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>A location a file names: an ISO3 code (State or other area), an aggregate code, or a heading row without figures.</summary>
internal sealed record Place(string Code, string Name, bool IsAggregate, bool IsHeading = false);

/// <summary>
/// Matches the codes and names publishers use to the platform's codes. M49 numbers and ISO3 codes come from
/// the States reference data and the ISO 3166 / M49 table (<c>Data/areas.csv</c>); publishers' own spellings
/// and their aggregates come from the explicit name table (<c>Data/publisher_names.csv</c>). Nothing is
/// guessed: a code or name found in none of them is a problem of the import.
/// </summary>
internal sealed partial class Locations
{
    private readonly Dictionary<int, Place> byM49 = [];
    private readonly Dictionary<string, Place> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Place> byName = [];
    private readonly Dictionary<string, int> m49ByCode = [];

    public static readonly string World = "WLD";

    // The two tables are part of the build, so each is read once per process; the States come from the database.
    private static readonly Lazy<List<Dictionary<string, string>>> Areas = new(() => Read("areas.csv"));
    private static readonly Lazy<List<Dictionary<string, string>>> PublisherNames = new(() => Read("publisher_names.csv"));

    private Locations()
    {
    }

    // The last tables built, with the States they were built from: the States rarely change, and building the tables
    // (normalising a thousand names) took about as long as importing a small workbook's figures.
    private static Locations? latest;
    private Dictionary<string, (string Name, string M49)> builtFrom = [];

    /// <summary>The tables for the States as the database holds them now (built again only when they have changed).</summary>
    public static async Task<Locations> LoadAsync(StatesContract states, CancellationToken cancellationToken)
    {
        var now = await states.NamesAndM49CodesAsync(cancellationToken);
        var held = Volatile.Read(ref latest);
        if (held is not null && held.builtFrom.Count == now.Count && now.All(s => held.builtFrom.TryGetValue(s.Key, out var was) && was == s.Value))
        {
            return held;
        }
        var built = Build(now);
        Volatile.Write(ref latest, built);
        return built;
    }

    private static Locations Build(Dictionary<string, (string Name, string M49)> states)
    {
        var locations = new Locations { builtFrom = states };
        foreach (var (iso3, (name, m49)) in states)
        {
            locations.AddCountry(int.Parse(m49, CultureInfo.InvariantCulture), iso3, name);
        }
        foreach (var area in Areas.Value)
        {
            locations.AddCountry(int.Parse(area["m49"], CultureInfo.InvariantCulture), area["iso3"], area["name"]);
        }
        foreach (var entry in PublisherNames.Value)
        {
            var place = entry["kind"] switch
            {
                "heading" => new Place("", entry["name"], IsAggregate: true, IsHeading: true),
                "aggregate" => new Place(entry["code"], entry["name"], IsAggregate: true),
                _ => locations.byCode.GetValueOrDefault(entry["code"]) ?? new Place(entry["code"], entry["name"], IsAggregate: false),
            };
            locations.byName.TryAdd(Normalize(entry["name"]), place);
            if (!place.IsHeading)
            {
                locations.byCode.TryAdd(place.Code, place);
            }
        }
        return locations;
    }

    private void AddCountry(int m49, string iso3, string name)
    {
        var place = new Place(iso3, name, IsAggregate: false);
        byM49.TryAdd(m49, place);
        m49ByCode.TryAdd(iso3, m49);
        byCode.TryAdd(iso3, place);
        byName.TryAdd(Normalize(name), place);
    }

    /// <summary>A country or area by its M49 number; UN DESA's aggregates (900 = world) are handled by the caller.</summary>
    public Place? ByM49(int code) => byM49.GetValueOrDefault(code);

    /// <summary>The M49 number of a country or area, by its ISO3 code (the world map is keyed by M49).</summary>
    public int? M49Of(string iso3) => m49ByCode.TryGetValue(iso3, out var m49) ? m49 : null;

    /// <summary>A country, area or known aggregate by its ISO3 or World Bank code.</summary>
    public Place? ByCode(string code) => byCode.GetValueOrDefault(code.Trim());

    /// <summary>A place by a publisher's name (case, spacing and note marks such as a trailing * ignored).</summary>
    public Place? ByName(string name) => byName.GetValueOrDefault(Normalize(name));

    public static string Normalize(string name) => Spaces().Replace(name.Trim().TrimEnd('*').Trim(), " ").ToLowerInvariant();

    private static List<Dictionary<string, string>> Read(string file)
    {
        using var stream = typeof(Locations).Assembly.GetManifestResourceStream($"Marrakesh.Data.{file}")
            ?? throw new InvalidOperationException($"Embedded reference file {file} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }
        return rows;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
