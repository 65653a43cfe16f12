using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port and in the Production environment, for a real browser and for the server's
/// own limits: what a visitor gets from a deployed site. Its peer address is always 127.0.0.1; a fixture that lists
/// that as a trusted proxy (<c>MARRAKESH_PROXIES</c>) can then speak for any client address (<see cref="ClientFrom"/>).
/// </summary>
public class KestrelApp : MarrakeshApp
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

    /// <summary>A browser (with cookies) whose requests say, through a proxy's X-Forwarded-For, that they come from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address, string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }
        return client;
    }
}
