using Marrakesh.Accounts;
using Marrakesh.Modules.Analysis;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Datasets;
using Marrakesh.Modules.Fund;
using Marrakesh.Modules.Hub;
using Marrakesh.Modules.Instruments;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Modules.Network;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Pages.States;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Freshness;
using Marrakesh.Platform.Localization;
using Marrakesh.Platform.Operations;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Scalar.AspNetCore;

namespace Marrakesh;

/// <summary>How the application is put together, for the web host and the CLI alike.</summary>
internal static class Composition
{
    /// <summary>Everything without HTTP: storage, modules, use cases. Shared by the CLI and the web app.</summary>
    public static IServiceCollection AddMarrakeshCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddValidation();
        services.AddScoped<InputValidator>();
        services.AddMarrakeshData(DatabaseSettings.From(configuration));
        services.AddScoped<Marrakesh.Platform.Backups.DatabaseBackup>();
        services.AddScoped<Marrakesh.Platform.Versions.RecordHistory>();
        services.AddAuditChain();
        services.AddAccountsCore();
        services.AddCatalogue();
        services.AddStates();
        services.AddInstruments();
        services.AddCommitments();
        services.AddReviews();
        services.AddFund();
        services.AddHub();
        services.AddDatasets();
        services.AddKnowledge();
        services.AddAnalysis();
        services.AddNetwork();
        return services;
    }

    public static WebApplicationBuilder AddMarrakeshWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddMarrakeshOperations();
        services.AddMarrakeshCore(builder.Configuration);
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<AuditSealing>();
        services.AddAccountsWeb();
        services.AddProblemResponses();
        services.AddReferenceCache();
        services.AddDatasetsCache();
        services.AddCacheFreshness();
        services.AddOpenDataLimits(builder.Configuration);
        services.AddOpenDataCors();
        services.AddConditionalReads();
        services.AddOpenApi(o => o.AddApiContract());
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o => o.Conventions.AuthorizePage("/Account/Tokens"))
            .AddViewLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(UiCultures.Default);
            o.SupportedCultures = UiCultures.Cultures;
            o.SupportedUICultures = UiCultures.Cultures;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        return builder;
    }

    public static WebApplication UseMarrakeshWeb(this WebApplication app)
    {
        // A 304 for a tag this server issued needs nothing else (ConditionalReads, ADR 0018).
        app.UseNotModifiedFirst();
        // Then, so redirects, limits and cookies see the real client and scheme behind trusted proxies.
        app.UseForwardedClients();
        app.UseSecurityHeaders();
        app.UseSecureCookies();
        // HEAD is answered as its GET from here on; cross-origin reads are let through (and preflights answered) early.
        app.UseHeadAsGet();
        app.UseOpenDataCors();
        app.UseBufferedForms();
        app.UseProblemResponses();
        app.UseRouting();
        app.UseContentNegotiation();
        // A 304 needs no caller, budget or work, so it is answered as soon as the route is known.
        app.UseConditionalReads();
        // Who is calling decides whose budget a request spends, so authentication runs before the limiter.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseRateLimitHeaders();
        // Cached reference data is served before the work below; only anonymous endpoints opt into the cache.
        app.UseOutputCache();
        app.UseRequestLocalization();
        app.UseAuthorization();
        app.UseAntiforgery();

        var api = app.MapGroup("/api").AddEndpointFilter<PageLinks>();
        api.MapCatalogueApi();
        api.MapStatesApi();
        api.MapInstrumentsApi();
        api.MapCommitmentsApi();
        api.MapPledgesApi();
        api.MapReviewsApi();
        api.MapFundApi();
        api.MapHubApi();
        api.MapDatasetsApi();
        api.MapKnowledgeApi();
        api.MapAnalysisApi();
        api.MapNetworkApi();
        api.MapAccountsApi();
        api.MapAuditApi();
        api.MapAuditChainApi();

        app.MapStaticAssets();
        app.MapOpenApi();
        // No fonts from Scalar's servers: the reference stays within the site's own security policy.
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Marrakesh API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts());
        app.MapMarrakeshOperations();
        app.MapLanguageSwitch();
        app.MapDossierExport();
        app.MapRazorPages().RequireRateLimiting(OpenDataLimits.Policy);
        return app;
    }
}
