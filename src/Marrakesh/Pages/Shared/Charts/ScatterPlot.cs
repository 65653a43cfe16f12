using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Marrakesh.Pages.Shared.Charts;

/// <summary>One point of a scatter plot: its label (the point's own &lt;title&gt;), position, colour class and shape.</summary>
public sealed record ScatterPoint(string Label, double X, double Y, string ColourClass, string Shape, bool Filled, bool Ringed);

/// <summary>
/// A server-rendered scatter plot on log scales (shares from 0.01% to 100%: migration shares span four orders of
/// magnitude, and a linear axis would crush most States into one corner). Shapes and fills carry what colour alone
/// would not, so the plot also reads in grey; every point has its own title, and the page puts the data table beside it.
/// </summary>
public static class ScatterPlot
{
    private const int Width = 640, Height = 480, Left = 56, Right = 16, Top = 16, Bottom = 44;
    private const double Min = 0.01, Max = 100;

    public static IHtmlContent Render(string id, string title, string description, string xLabel, string yLabel, IReadOnlyList<ScatterPoint> points)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart scatter\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");
        static double Scale(double v) => (Math.Log10(Math.Clamp(v, Min, Max)) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min));
        double X(double v) => Left + Scale(v) * (Width - Left - Right);
        double Y(double v) => Top + (1 - Scale(v)) * (Height - Top - Bottom);
        foreach (var tick in new[] { 0.01, 0.1, 1, 10, 100 })
        {
            var label = Encode(tick.ToString("0.##", CultureInfo.InvariantCulture) + "%");
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(tick):0.#}\" y2=\"{Y(tick):0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{X(tick):0.#}\" x2=\"{X(tick):0.#}\" y1=\"{Top}\" y2=\"{Height - Bottom}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{Y(tick) + 4:0.#}\" text-anchor=\"end\">{label}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{X(tick):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{label}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\">{Encode(xLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" transform=\"rotate(-90)\" x=\"{-(Top + Height - Bottom) / 2}\" y=\"12\" text-anchor=\"middle\">{Encode(yLabel)}</text>");
        foreach (var p in points)
        {
            var (x, y) = (X(p.X), Y(p.Y));
            var fill = p.Filled ? "" : " hollow";
            svg.Append("<g class=\"point ").Append(Encode(p.ColourClass)).Append(fill).Append("\"><title>").Append(Encode(p.Label)).Append("</title>");
            svg.Append(p.Shape switch
            {
                "square" => string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x - 4:0.#}\" y=\"{y - 4:0.#}\" width=\"8\" height=\"8\"/>"),
                "triangle" => string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{x:0.#},{y - 5:0.#} L{x + 5:0.#},{y + 4:0.#} L{x - 5:0.#},{y + 4:0.#} Z\"/>"),
                _ => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4\"/>"),
            });
            if (p.Ringed)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"ring\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"8\"/>");
            }
            svg.Append("</g>");
        }
        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
