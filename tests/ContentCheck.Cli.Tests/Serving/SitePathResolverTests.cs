using ContentCheck.Cli.Serving;
using ContentCheck.Testing;

namespace ContentCheck.Cli.Tests.Serving;

public sealed class SitePathResolverTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();
    private readonly string _site;

    public SitePathResolverTests()
    {
        _site = Path.Combine(_work.FullPath, "site");
        _work.Write("site/index.html", "home");
        _work.Write("site/articles/2008/03/18/talks/index.html", "talks");
        _work.Write("site/assets/site.css", "css");
        _work.Write("site/a b/ü.html", "encoded");
        _work.Write("secret.txt", "outside the site");
        _work.Write("site-other/index.html", "a sibling whose name starts like the site's");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/articles/2008/03/18/talks/", "articles/2008/03/18/talks/index.html")]
    [InlineData("/articles/2008/03/18/talks/?utm=x#top", "articles/2008/03/18/talks/index.html")]
    [InlineData("/assets/site.css", "assets/site.css")]
    [InlineData("//assets//site.css", "assets/site.css")]
    [InlineData("/a%20b/%C3%BC.html", "a b/ü.html")]
    public void Files_and_folders_resolve_inside_the_site(string target, string expected)
    {
        var file = Assert.IsType<Resolution.File>(SitePathResolver.Resolve(_site, target));

        Assert.Equal(Path.Combine(_site, expected.Replace('/', Path.DirectorySeparatorChar)), file.FullPath);
    }

    [Theory]
    [InlineData("/articles/2008/03/18/talks", "/articles/2008/03/18/talks/")]
    [InlineData("/articles?page=2", "/articles/?page=2")]
    public void A_folder_without_its_slash_redirects_so_relative_links_work(string target, string location) =>
        Assert.Equal(location, Assert.IsType<Resolution.Redirect>(SitePathResolver.Resolve(_site, target)).Location);

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/articles/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/../site-other/index.html")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/etc/passwd")]
    [InlineData("/C:%5cWindows%5cwin.ini")]
    [InlineData("/index.html%00.css")]
    [InlineData("/./index.html")]
    [InlineData("/%")]
    [InlineData("http://127.0.0.1/../secret.txt")]
    [InlineData("/missing.html")]
    [InlineData("/assets/")]
    public void Paths_that_leave_the_site_or_miss_are_not_found(string target) =>
        Assert.IsType<Resolution.NotFound>(SitePathResolver.Resolve(_site, target));

    [Fact]
    public void A_symbolic_link_out_of_the_site_is_not_followed()
    {
        var link = Path.Combine(_site, "escape.txt");
        File.CreateSymbolicLink(link, Path.Combine(_work.FullPath, "secret.txt"));

        Assert.IsType<Resolution.NotFound>(SitePathResolver.Resolve(_site, "/escape.txt"));
    }

    public void Dispose() => _work.Dispose();
}
