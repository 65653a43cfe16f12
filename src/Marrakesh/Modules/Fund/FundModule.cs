using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Fund;

/// <summary>The start-up fund: contributions, joint programmes and the double-entry ledger that traces their money.</summary>
internal static class FundModule
{
    public static IServiceCollection AddFund(this IServiceCollection services)
    {
        services.AddScoped<IReferenceData, ThematicAreasReferenceData>();
        services.AddScoped<Ledger>();
        services.AddScoped<IdempotentWrites>();
        services.AddScoped<RecordContribution>();
        services.AddScoped<RecordAgreement>();
        services.AddScoped<RecordIncome>();
        services.AddScoped<ProposeProgramme>();
        services.AddScoped<DecideOnProgramme>();
        services.AddScoped<AllocateFunds>();
        services.AddScoped<TransferFunds>();
        services.AddScoped<ReverseTransaction>();
        services.AddScoped<ReportExpenditure>();
        services.AddScoped<MapThematicArea>();
        services.AddScoped<FundQueries>();
        services.AddScoped<FundSummary>();
        services.AddScoped<PledgeChain>();
        services.AddScoped<IatiActivities>();
        services.AddScoped<FundContract>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, FundPermissionHandler>();
        return services;
    }
}
