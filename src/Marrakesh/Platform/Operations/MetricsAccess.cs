using System.Net;

namespace Marrakesh.Platform.Operations;

/// <summary>
/// Who may read <c>/metrics</c>: the scraper, not the public. The figures are operational detail (request rates per
/// route, the ledger's volume before it is published, pool sizes) and each scrape costs a serialisation of every
/// series, so the endpoint answers only callers on <c>MARRAKESH_METRICS_FROM</c> (addresses or CIDR networks; default
/// loopback) that reach the server directly: a request relayed by a reverse proxy carries a forwarded header and is
/// refused, so a proxy on the same machine does not make the world look local. Anyone else gets 404, as if there
/// were nothing there.
/// </summary>
internal sealed class MetricsAccess
{
    public const string Variable = "MARRAKESH_METRICS_FROM";

    private static readonly string[] ForwardedHeaders = ["X-Forwarded-For", "X-Original-For", "Forwarded"];

    private readonly List<IPNetwork> networks = [];

    public MetricsAccess(IConfiguration configuration)
    {
        var listed = configuration[Variable];
        if (string.IsNullOrWhiteSpace(listed))
        {
            networks.Add(IPNetwork.Parse("127.0.0.0/8"));
            networks.Add(IPNetwork.Parse("::1/128"));
            return;
        }
        foreach (var entry in listed.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            networks.Add(IPAddress.TryParse(entry, out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
                : IPNetwork.TryParse(entry, out var network) ? network
                : throw new InvalidOperationException($"{Variable}: '{entry}' is neither an IP address nor a network such as 10.0.0.0/8."));
        }
    }

    public bool Allows(HttpContext http)
    {
        if (ForwardedHeaders.Any(http.Request.Headers.ContainsKey) || http.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return networks.Any(n => n.Contains(address));
    }

    /// <summary>The middleware in front of the scrape endpoint.</summary>
    public async Task GuardAsync(HttpContext http, RequestDelegate next)
    {
        if (Allows(http))
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
