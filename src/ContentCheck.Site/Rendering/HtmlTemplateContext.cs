using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentCheck.Site.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes unless it is <see cref="RawHtml"/>, and serves
/// includes from the run's compiled templates (each template is parsed once per run, not once per page).
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private readonly TemplateSet _templates;

    public HtmlTemplateContext(TemplateSet templates, ScriptObject builtins, CancellationToken cancellationToken)
        : base(builtins)
    {
        _templates = templates;
        TemplateLoader = templates;
        NewLine = "\n";
        // A corpus of 10,000 articles loops 10,000 times on a list page; Scriban's default guard is 1,000.
        LoopLimit = int.MaxValue;
        // Scriban truncates a string conversion, and a whole render, at 1,048,576 characters by default (with an
        // ellipsis): a home or an authors index of 10,000 entries is longer, and was cut off mid-tag.
        LimitToString = 0;
        OutputLimit = 0;
        StrictVariables = false;
        CancellationToken = cancellationToken;
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <summary>The builtins of a run: Scriban's own, with <c>include</c> returning <see cref="RawHtml"/> (the
    /// included template escaped its own values already).</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.Remove("include");
        builtins.SetValue("include", new RawIncludeFunction(), true);
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Value);
                return this;
            default:
                Write(Html.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is RawHtml raw ? raw.Value : base.ObjectToString(value, nested);

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.Get(templatePath);

    private sealed class RawIncludeFunction : IScriptCustomFunction
    {
        private readonly Scriban.Functions.IncludeFunction _include = new();

        public int RequiredParameterCount => _include.RequiredParameterCount;

        public int ParameterCount => _include.ParameterCount;

        public ScriptVarParamKind VarParamKind => _include.VarParamKind;

        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

        public int GetParameterIndexByName(string name) => _include.GetParameterIndexByName(name);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            _include.Invoke(context, callerContext, arguments, blockStatement) is { } result ? new RawHtml(context.ObjectToString(result) ?? string.Empty) : null;

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }
}
