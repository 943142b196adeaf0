using System.Net;
using System.Net.Sockets;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>A static file server on 127.0.0.1 for a generated site, as a web host would serve it: under the path of the
/// site's base URL (e.g. <c>/corpus/</c>), a folder address serves its <c>index.html</c>, a missing file gets
/// <c>404.html</c> with status 404. Browsers refuse some things on
/// <c>file://</c> (axe's frame checks), and a real host is what readers use.</summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".csv"] = "text/csv; charset=utf-8",
        [".jsonl"] = "application/jsonl; charset=utf-8",
    };

    private readonly string _root;
    private readonly string _basePath;
    private readonly HttpListener _listener = new();
    private readonly Thread _loop;

    /// <param name="root">The site folder.</param>
    /// <param name="basePath">The path the site is published under, as its base URL says: <c>/corpus/</c>.</param>
    public StaticSiteServer(string root, string basePath = "/")
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        var port = FreePort();
        var host = $"http://127.0.0.1:{port}/";
        BaseAddress = host.TrimEnd('/') + basePath;
        _listener.Prefixes.Add(host);
        _listener.Start();
        // A thread of its own, not the thread pool: other tests block pool threads (a validator process, a parse of
        // 900 pages), and a server waiting for a pool thread made the browser time out.
        _loop = new Thread(Serve) { IsBackground = true, Name = "static site server" };
        _loop.Start();
    }

    /// <summary>The site's root address, ending in <c>/</c>.</summary>
    public string BaseAddress { get; }

    /// <summary>The address of a site-relative path.</summary>
    public string Url(string relativePath) => BaseAddress + relativePath;

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Join(TimeSpan.FromSeconds(5));
    }

    /// <summary>Answers requests one at a time: the files are small and local.</summary>
    private void Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = _listener.GetContext();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                Answer(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException)
            {
                // The browser closed the connection (a page left before its script loaded): nothing to answer.
            }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var file = Resolve(context.Request.Url!.AbsolutePath);
        var status = 200;
        if (file is null || !File.Exists(file))
        {
            status = 404;
            file = Path.Combine(_root, "404.html");
        }
        response.StatusCode = status;
        response.ContentType = ContentTypes.TryGetValue(Path.GetExtension(file), out var type) ? type : "application/octet-stream";
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private string? Resolve(string urlPath)
    {
        if (!urlPath.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = Uri.UnescapeDataString(urlPath.Substring(_basePath.Length));
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        return Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
