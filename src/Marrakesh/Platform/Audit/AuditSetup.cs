namespace Marrakesh.Platform.Audit;

internal static class AuditSetup
{
    /// <summary>Sealing and verifying the chain, for the CLI and the web app.</summary>
    public static IServiceCollection AddAuditChain(this IServiceCollection services)
    {
        services.AddScoped<AuditSealer>();
        services.AddScoped<VerifyAuditTrail>();
        return services;
    }
}
