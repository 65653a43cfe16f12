using Marrakesh.Tests.Accounts;
using Marrakesh.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Api;

/// <summary>The app with the authorization matrix's callers and records, recording every API exchange.</summary>
public class ContractApp : MarrakeshApp
{
    public Exchanges Exchanges { get; } = new();

    public MatrixCallers Callers { get; private set; } = null!;

    public MatrixCalls Calls { get; private set; } = null!;

    /// <summary>Reads per minute; off here, so that the matrix's thousand calls are not refused.</summary>
    protected virtual string RateLimit => "0";

    /// <summary>Whether to make the matrix's callers (their setup reads more than a tight rate limit allows).</summary>
    protected virtual bool WithCallers => true;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["MARRAKESH_RATE_LIMIT"] = RateLimit };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(Exchanges));
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!WithCallers)
        {
            return;
        }
        Callers = await MatrixCallers.CreateAsync(this);
        Calls = new MatrixCalls(this, Callers, new MatrixRecords(Callers));
    }

    /// <summary>The authorization matrix's rows (its file sits with the Accounts tests).</summary>
    public static IReadOnlyList<MatrixRow> MatrixRows([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        AuthorizationMatrix.Read(Path.Combine(Path.GetDirectoryName(here)!, "..", "Accounts", nameof(AuthorizationMatrix) + ".cs"));

    public async Task<ApiContract> ContractAsync() =>
        new((await (await CreateClient().GetAsync("/openapi/v1.json")).ShouldBeJsonAsync()).Clone());
}
