using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port and in the Production environment, for a real browser and for the server's
/// own limits: what a visitor gets from a deployed site.
/// </summary>
public sealed class KestrelApp : MarrakeshApp
{
    public KestrelApp() => UseKestrel(k => k.Listen(IPAddress.Loopback, 0));

    /// <summary>The server's warnings and errors, Kestrel's own included.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
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
