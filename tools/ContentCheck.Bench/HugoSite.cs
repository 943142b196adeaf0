using System.Text;

namespace ContentCheck.Bench;

/// <summary>
/// The same articles as a Hugo site with templates equivalent to ContentCheck's first site cut (a home page listing
/// every article, one page per article with its metadata). Hugo reserves the front-matter key <c>url</c> (it sets
/// the page's address), so the original address is renamed <c>original_url</c>; <c>published</c> becomes <c>date</c>.
/// </summary>
internal static class HugoSite
{
    public static void Write(string contentRoot, string hugoRoot)
    {
        var posts = Path.Combine(hugoRoot, "content", "posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(Path.Combine(hugoRoot, "hugo.toml"),
            "baseURL = 'https://example.org/'\ntitle = 'Synthetic corpus'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n");
        var layouts = Path.Combine(hugoRoot, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n");
        File.WriteAllText(Path.Combine(layouts, "single.html"),
            "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><dl><dt>Source</dt><dd>{{ .Params.source }}</dd><dt>Authors</dt><dd>{{ delimit .Params.authors \", \" }}</dd><dt>Published</dt><dd><time datetime=\"{{ .Date.Format \"2006-01-02T15:04:05Z07:00\" }}\">{{ .Date.Format \"2 January 2006\" }}</time></dd></dl>{{ .Content }}</article>{{ end }}\n");
        File.WriteAllText(Path.Combine(layouts, "list.html"),
            "{{ define \"main\" }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        File.WriteAllText(Path.Combine(hugoRoot, "layouts", "index.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Site.Title }}</title></head><body><ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");

        var articles = Directory.EnumerateFiles(Path.Combine(contentRoot, "articles"), "*.md", SearchOption.AllDirectories).ToList();
        Parallel.ForEach(articles, file =>
        {
            var text = File.ReadAllText(file);
            var builder = new StringBuilder(text.Length + 16);
            var inFrontMatter = 0;
            foreach (var line in text.Split('\n'))
            {
                if (line == "---")
                {
                    inFrontMatter++;
                }
                var rewritten = inFrontMatter == 1 && line.StartsWith("url: ", StringComparison.Ordinal) ? "original_url: " + line.Substring(5)
                    : inFrontMatter == 1 && line.StartsWith("published: ", StringComparison.Ordinal) ? "date: " + line.Substring(11)
                    : line;
                builder.Append(rewritten).Append('\n');
            }
            File.WriteAllText(Path.Combine(posts, Path.GetFileName(file)), builder.ToString());
        });
    }
}
