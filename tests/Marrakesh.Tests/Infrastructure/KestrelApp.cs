using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port and in the Production environment, for a real browser and for the server's
/// own limits: what a visitor gets from a deployed site.
/// </summary>
public sealed class KestrelApp : MarrakeshApp
{
    public KestrelApp() => UseKestrel(k => k.Listen(IPAddress.Loopback, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    public Uri BaseAddress { get; private set; } = null!;

    public override Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        return Task.CompletedTask;
    }
}
