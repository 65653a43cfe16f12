using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so rate limits and the sign-in throttle would
/// count the whole world as one client. <c>MARRAKESH_PROXIES</c> lists the proxies (addresses or CIDR networks,
/// separated by commas or spaces) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed; the client is
/// the nearest address in the chain that is not one of them. Unset (the default), no forwarded header is believed:
/// anyone can write one.
/// </summary>
internal static class ForwardedClients
{
    public const string Variable = "MARRAKESH_PROXIES";

    public static WebApplication UseForwardedClients(this WebApplication app)
    {
        var proxies = app.Configuration[Variable];
        if (string.IsNullOrWhiteSpace(proxies))
        {
            return app;
        }
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // The walk stops at the first address that is not a listed proxy, so a chain of proxies needs no limit.
            ForwardLimit = null,
        };
        // The framework trusts loopback by default; only what the setting lists is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in proxies.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else
            {
                throw new InvalidOperationException($"{Variable}: '{entry}' is neither an IP address nor a network such as 10.0.0.0/8.");
            }
        }
        app.UseForwardedHeaders(options);
        return app;
    }
}
