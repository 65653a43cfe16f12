using System.Globalization;
using System.Text.RegularExpressions;

namespace Marrakesh.Tests.Operations;

/// <summary>Reads Prometheus's text format: the sum of a metric's series whose labels include the given ones.</summary>
public static partial class Scrapes
{
    public static double Sum(string scrape, string metric, params string[] labels) =>
        scrape.Split('\n')
            .Select(line => SampleLine().Match(line))
            .Where(m => m.Success && m.Groups["name"].Value == metric && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)")]
    private static partial Regex SampleLine();
}
