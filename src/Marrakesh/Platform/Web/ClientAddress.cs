using System.Net;

namespace Marrakesh.Platform.Web;

/// <summary>
/// The client an abuse limit counts against: its IPv4 address, or the /64 network of its IPv6 address (one host is
/// usually given a whole /64, so counting single IPv6 addresses would hand each client billions of budgets). Behind
/// trusted proxies this is the address they forwarded (see <see cref="ForwardedClients"/>).
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
