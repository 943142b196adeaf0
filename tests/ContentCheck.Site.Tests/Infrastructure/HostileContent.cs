using ContentCheck.Testing;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>A content repo whose every field tries to inject script: titles, names, URLs, the dateline, the body's
/// raw HTML and links. A correct site shows all of it as text.</summary>
public static class HostileContent
{
    public const string Payload = "<script>alert(1)</script>";

    public static void WriteTo(TemporaryDirectory directory)
    {
        directory.Write("site.yml", """
            title: "<script>alert('site')</script>"
            description: "<img src=x onerror=alert(1)>"
            base_url: "https://example.org/x\"><script>alert('base')</script>/"
            """);
        directory.Write("sources.yml", """
            - id: evil
              name: "<script>alert('source')</script>"
              homepage: "javascript:alert('homepage')"
              license: proprietary
              agency: false
              credit: "<b onmouseover=alert(1)>credit</b>"
            """);
        directory.Write("people.yml", "- id: mallory\n  name: \"<img src=x onerror=alert('person')>\"\n  aliases: []\n");
        directory.Write("topics.yml", "- id: xss\n  title: \"<svg onload=alert('topic')>\"\n");
        directory.Write("articles/2008/03/18/hostile.md", """
            ---
            title: "<script>alert('title')</script> \" onmouseover=\"alert(1)"
            source: evil
            authors: ["<script>alert('author')</script>", "javascript:alert(1)"]
            dateline: "<iframe src=javascript:alert(1)>"
            published: 2008-03-18
            url: "javascript:alert('url')"
            topics: [xss]
            people: [mallory]
            summary: "\"><script>alert('summary')</script>"
            ---

            Intro with <span onclick="alert(1)">inline HTML</span> and a [link](javascript:alert('md')) and
            an image ![pic](javascript:alert('img')) and an autolink <javascript:alert('auto')> and a
            [spaced link](  jav	ascript:alert(1)) and a [safe link](https://example.org/).

            <script>alert('block')</script>

            <div onmouseover="alert(1)">block HTML</div>
            """);
    }
}
