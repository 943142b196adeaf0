using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContentCheck.Cli.Serving;

/// <summary>
/// Serves the site folder on 127.0.0.1 only (never another interface): GET and HEAD, the right media types,
/// <c>index.html</c> for a folder, the site's <c>404.html</c> (with status 404) for a miss, and nothing outside the
/// folder (<see cref="SitePathResolver"/>). Responses are never cached, so a reload after a rebuild shows it.
/// </summary>
internal sealed class StaticFileServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly string _siteRoot;
    private readonly BuildGate _gate;
    private readonly Func<string> _noSiteMessage;

    private StaticFileServer(HttpListener listener, Uri address, string siteRoot, BuildGate gate, Func<string> noSiteMessage)
    {
        _listener = listener;
        Address = address;
        _siteRoot = siteRoot;
        _gate = gate;
        _noSiteMessage = noSiteMessage;
    }

    /// <summary>The address the site is served at, ending with <c>/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Binds 127.0.0.1:<paramref name="port"/> (0: any free port) to serve <paramref name="siteRoot"/>; a miss
    /// during a rebuild waits at <paramref name="gate"/>; <paramref name="noSiteMessage"/> is the text of a 404 when the
    /// folder has no <c>404.html</c> yet (no good build so far).</summary>
    public static StaticFileServer Start(string siteRoot, int port, BuildGate gate, Func<string> noSiteMessage)
    {
        // HttpListener cannot bind port 0 itself: take a free port from the system and bind it at once; retry if
        // another process took it in between.
        for (var attempt = 0; ; attempt++)
        {
            var candidate = port == 0 ? FreePort() : port;
            var address = new Uri($"http://127.0.0.1:{candidate}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.AbsoluteUri);
            try
            {
                listener.Start();
                return new StaticFileServer(listener, address, siteRoot, gate, noSiteMessage);
            }
            catch (HttpListenerException ex)
            {
                listener.Close();
                if (port == 0 && attempt < 5)
                {
                    continue;
                }
                throw new CommandLineException($"Cannot serve on 127.0.0.1:{candidate}: {ex.Message}. Pass a free port with --port N, or --port 0 for any free port.");
            }
        }
    }

    /// <summary>Answers requests until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = cancellationToken.Register(() => _listener.Stop());
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException && cancellationToken.IsCancellationRequested)
            {
                return;
            }
            // Each request on the thread pool: a slow client never holds up the next one.
            _ = Task.Run(() => Respond(context), CancellationToken.None);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-cache";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            var method = context.Request.HttpMethod;
            if (method is not ("GET" or "HEAD"))
            {
                response.StatusCode = (int)HttpStatusCode.MethodNotAllowed;
                response.Headers["Allow"] = "GET, HEAD";
                Send(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Only GET and HEAD are served.\n"));
                return;
            }

            var target = context.Request.RawUrl ?? "/";
            var resolution = SitePathResolver.Resolve(_siteRoot, target);
            if (resolution is Resolution.NotFound && _gate.WaitIfBuilding(TimeSpan.FromSeconds(30)))
            {
                resolution = SitePathResolver.Resolve(_siteRoot, target);
            }

            switch (resolution)
            {
                case Resolution.File file:
                    SendFile(context, file.FullPath);
                    break;
                case Resolution.Redirect redirect:
                    response.StatusCode = (int)HttpStatusCode.MovedPermanently;
                    response.RedirectLocation = redirect.Location;
                    Send(context, "text/plain; charset=utf-8", []);
                    break;
                default:
                    response.StatusCode = (int)HttpStatusCode.NotFound;
                    var notFound = Path.Combine(_siteRoot, "404.html");
                    if (!TrySendFile(context, notFound))
                    {
                        Send(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(_noSiteMessage() + "\n"));
                    }
                    break;
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client went away, or the server is stopping: nothing to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private static void SendFile(HttpListenerContext context, string path)
    {
        if (!TrySendFile(context, path))
        {
            // Removed between resolving and reading it (a rebuild swapped the folder).
            context.Response.StatusCode = (int)HttpStatusCode.NotFound;
            Send(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found.\n"));
        }
    }

    private static bool TrySendFile(HttpListenerContext context, string path)
    {
        byte[] content;
        try
        {
            // Whole files: the site's pages and assets are small, and a read completes before a swap can move them.
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        Send(context, ContentTypes.Of(path), content);
        return true;
    }

    private static void Send(HttpListenerContext context, string contentType, byte[] body)
    {
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (context.Request.HttpMethod != "HEAD")
        {
            response.OutputStream.Write(body);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
