using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentCheck.Site.Rendering;

/// <summary>Every template of the theme, parsed once per run. A syntax error in any of them stops the run before a
/// file is written, with the template's file, line and column.</summary>
internal sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, (ThemeFile File, Template Template)> _templates;

    private TemplateSet(Dictionary<string, (ThemeFile, Template)> templates) => _templates = templates;

    /// <summary>Parses the templates of <paramref name="theme"/>.</summary>
    /// <exception cref="SiteGenerationException">A template does not parse.</exception>
    public static TemplateSet Parse(ThemeFiles theme)
    {
        var templates = new Dictionary<string, (ThemeFile, Template)>(StringComparer.Ordinal);
        foreach (var file in theme.All.Where(f => f.IsTemplate))
        {
            var template = Template.Parse(file.Text, file.DisplayPath);
            if (template.HasErrors)
            {
                var error = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) ?? template.Messages.First();
                throw new SiteGenerationException($"the template does not parse: {error.Message}",
                    file.DisplayPath, error.Span.Start.Line + 1, error.Span.Start.Column + 1);
            }
            templates.Add(file.Name, (file, template));
        }
        return new TemplateSet(templates);
    }

    /// <summary>The compiled template named <paramref name="name"/> (e.g. <c>article.sbn</c>).</summary>
    public Template Get(string name) =>
        _templates.TryGetValue(name, out var entry) ? entry.Template
        : throw new SiteGenerationException($"the theme has no template named '{name}'; known templates: {string.Join(", ", _templates.Keys.OrderBy(k => k, StringComparer.Ordinal))}");

    string? ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        _templates.ContainsKey(templateName) ? templateName
        : throw new ScriptRuntimeException(callerSpan, $"there is no template named '{templateName}' to include");

    string? ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _templates[templatePath].File.Text;

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(_templates[templatePath].File.Text);
}
