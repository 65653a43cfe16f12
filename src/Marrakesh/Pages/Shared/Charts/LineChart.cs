using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Marrakesh.Pages.Shared.Charts;

/// <summary>One line of a chart: a label for the legend, a CSS class for its colour and the points by year.</summary>
public sealed record ChartLine(string Label, string CssClass, IReadOnlyList<(int Year, double Value)> Points);

/// <summary>
/// Draws a small line chart as server-rendered SVG: labelled by its title and description (role="img"), with year
/// and value axes. The page puts a table of the same figures beside it, so no one depends on seeing the lines.
/// </summary>
public static class LineChart
{
    private const int Width = 640, Height = 260, Left = 80, Right = 16, Top = 16, Bottom = 32;

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<ChartLine> lines)
    {
        var points = lines.SelectMany(l => l.Points).ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");
        if (points.Count == 0)
        {
            return new HtmlString(svg.Append("</svg>").ToString());
        }
        int firstYear = points.Min(p => p.Year), lastYear = points.Max(p => p.Year);
        var max = Nice(points.Max(p => p.Value));
        var min = Math.Min(0, points.Min(p => p.Value));
        double X(int year) => Left + (lastYear == firstYear ? 0.5 : (year - firstYear) / (double)(lastYear - firstYear)) * (Width - Left - Right);
        double Y(double value) => Top + (1 - (value - min) / (max - min == 0 ? 1 : max - min)) * (Height - Top - Bottom);
        for (var i = 0; i <= 4; i++)
        {
            var value = min + (max - min) * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(value):0.#}\" y2=\"{Y(value):0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{Y(value) + 4:0.#}\" text-anchor=\"end\">{Encode(Short(value))}</text>");
        }
        var years = points.Select(p => p.Year).Distinct().Order().ToList();
        var step = Math.Max(1, (int)Math.Ceiling(years.Count / 8.0));
        for (var i = 0; i < years.Count; i += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{X(years[i]):0.#}\" y=\"{Height - 10}\" text-anchor=\"middle\">{years[i]}</text>");
        }
        foreach (var line in lines.Where(l => l.Points.Count > 0))
        {
            var path = string.Join(" ", line.Points.OrderBy(p => p.Year).Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? "M" : "L")}{X(p.Year):0.#},{Y(p.Value):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"line {line.CssClass}\" d=\"{path}\"/>");
            foreach (var p in line.Points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{line.CssClass}\" cx=\"{X(p.Year):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"3\"/>");
            }
        }
        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>A figure written short for axes and figures: 280.6 M, 12.3 bn, 48.1.</summary>
    public static string Short(double value) => Math.Abs(value) switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e9:0.#} bn"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e6:0.#} M"),
        >= 1e4 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e3:0.#} k"),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>A figure in full with thousands separators; fractions (shares, percentages) kept to two places below 1,000.</summary>
    public static string Full(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static double Nice(double max)
    {
        if (max <= 0)
        {
            return 1;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(v => v >= max);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
