using System.Text;

namespace ContentCheck.Site.Rendering;

/// <summary>HTML escaping written out here rather than taken from <c>WebUtility</c>, whose output differs between
/// .NET Framework and .NET (it turns é into <c>&amp;#233;</c> on one of them): the site must be byte-identical
/// whichever MSBuild runs it.</summary>
internal static class Html
{
    /// <summary>Escapes text for an element's content or a quoted attribute value.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var s = text!;
        var i = IndexOfSpecial(s);
        if (i < 0)
        {
            return s;
        }
        var builder = new StringBuilder(s.Length + 16);
        builder.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(s[i]); break;
            }
        }
        return builder.ToString();
    }

    private static int IndexOfSpecial(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '&' or '<' or '>' or '"' or '\'')
            {
                return i;
            }
        }
        return -1;
    }
}
