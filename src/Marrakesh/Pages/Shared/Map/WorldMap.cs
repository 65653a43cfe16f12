using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Marrakesh.Pages.Shared.Map;

/// <summary>
/// Draws the world as server-rendered SVG paths, one per country keyed by M49 code, from the world-atlas
/// TopoJSON shipped in the assembly (see SOURCE.md). Equirectangular projection, Antarctica left out.
/// The paths are built once per process.
/// </summary>
public static class WorldMap
{
    public const int Width = 960;
    public const int Height = 400; // 90°N to 60°S

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Paths = new(Load);

    /// <summary>SVG path data for each country, by M49 code (three digits).</summary>
    public static IReadOnlyDictionary<string, string> Countries => Paths.Value;

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream("Marrakesh.Map.countries-110m.json")
            ?? throw new InvalidOperationException("The world map shapes are missing from the assembly.");
        using var topology = JsonDocument.Parse(stream);
        var root = topology.RootElement;
        var scale = root.GetProperty("transform").GetProperty("scale");
        var translate = root.GetProperty("transform").GetProperty("translate");
        var (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            double x = 0, y = 0;
            return arc.EnumerateArray().Select(p =>
            {
                x += p[0].GetDouble();
                y += p[1].GetDouble();
                return Project(x * sx + tx, y * sy + ty);
            }).ToArray();
        }).ToArray();

        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            if (!geometry.TryGetProperty("id", out var id) || id.GetString() is not { } code || code == "010")
            {
                continue;
            }
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("arcs").EnumerateArray().ToList()
                : geometry.TryGetProperty("arcs", out var single) ? [single] : [];
            var d = new StringBuilder();
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray()))
            {
                var first = true;
                var (shift, previousX) = (0.0, 0.0);
                foreach (var index in ring.EnumerateArray().Select(i => i.GetInt32()))
                {
                    var points = index >= 0 ? arcs[index] : [.. arcs[~index].Reverse()];
                    // Consecutive arcs share their joining point; draw it once.
                    foreach (var (rawX, y) in first ? points : points.Skip(1))
                    {
                        // A ring crossing the antimeridian stays continuous past the map's edge (and is clipped
                        // there) instead of drawing a line across the whole world.
                        if (!first && Math.Abs(rawX + shift - previousX) > Width / 2.0)
                        {
                            shift += rawX + shift > previousX ? -Width : Width;
                        }
                        var x = rawX + shift;
                        d.Append(first ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',')
                            .Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                        (first, previousX) = (false, x);
                    }
                }
                d.Append('Z');
            }
            paths[code] = d.ToString();
        }
        return paths;
    }

    private static (double X, double Y) Project(double longitude, double latitude) =>
        ((longitude + 180) * Width / 360, Math.Min(Height, (90 - latitude) * Width / 360));
}
