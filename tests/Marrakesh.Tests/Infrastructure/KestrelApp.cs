using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>The app on a real Kestrel port, for a real browser and for the server's own limits.</summary>
public sealed class KestrelApp : MarrakeshApp
{
    public KestrelApp() => UseKestrel(k => k.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public override Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        return Task.CompletedTask;
    }
}
