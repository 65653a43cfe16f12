namespace Marrakesh.Pages.Shared.Charts;

/// <summary>Sorts values into five classes of equal counts (quintiles) for a shaded map, and says each class's range.</summary>
public sealed class MapShading
{
    private readonly double[] bounds;

    public MapShading(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        bounds = sorted.Length == 0 ? [] : [.. Enumerable.Range(1, 4).Select(i => sorted[Math.Min(sorted.Length - 1, sorted.Length * i / 5)])];
    }

    /// <summary>The class (1–5) of a value.</summary>
    public int ClassOf(double value) => 1 + bounds.Count(b => value >= b);

    /// <summary>The five classes with their lower and upper bounds (null for open ends).</summary>
    public IEnumerable<(int Class, double? From, double? To)> Classes =>
        bounds.Length == 0 ? [] : Enumerable.Range(1, 5).Select(c => (c, c == 1 ? (double?)null : bounds[c - 2], c == 5 ? (double?)null : bounds[c - 1]));
}
