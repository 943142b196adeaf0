using System.Globalization;
using System.Text;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

/// <summary>A horizontal bar chart drawn as inline SVG at build time: no script, no external file, readable by a
/// screen reader (<c>role="img"</c> with a title, and each bar's value as text).</summary>
internal static class BarChart
{
    private const int Width = 640, LabelWidth = 220, ValueWidth = 50, RowHeight = 26, BarHeight = 18;

    public static RawHtml Svg(string id, string title, IReadOnlyList<(string Label, int Value)> rows)
    {
        var height = Math.Max(1, rows.Count) * RowHeight + 8;
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value));
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title\">\n"));
        svg.Append(Invariant($"<title id=\"{id}-title\">")).Append(Html.Escape(title)).Append("</title>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value) = rows[i];
            var y = 4 + i * RowHeight;
            var barWidth = (int)Math.Round((Width - LabelWidth - ValueWidth) * (double)value / max);
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 14}\" text-anchor=\"end\">")).Append(Html.Escape(Truncate(label))).Append("</text>\n");
            svg.Append(Invariant($"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(barWidth, 1)}\" height=\"{BarHeight}\"></rect>\n"));
            svg.Append(Invariant($"<text x=\"{LabelWidth + Math.Max(barWidth, 1) + 6}\" y=\"{y + 14}\">{value}</text>\n"));
        }
        svg.Append(Invariant($"<line class=\"axis\" x1=\"{LabelWidth}\" y1=\"0\" x2=\"{LabelWidth}\" y2=\"{height}\"></line>\n"));
        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }

    private static string Truncate(string label) => label.Length <= 30 ? label : label.Substring(0, 29) + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
