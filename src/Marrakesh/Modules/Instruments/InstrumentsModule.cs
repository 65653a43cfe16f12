using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Instruments;

/// <summary>Instruments of migration governance, States' positions on them, recorded votes and the Marrakesh adoption record.</summary>
internal static class InstrumentsModule
{
    public static IServiceCollection AddInstruments(this IServiceCollection services)
    {
        services.AddScoped<IReferenceData, InstrumentsReferenceData>();
        services.AddScoped<IReferenceData, VotesReferenceData>();
        services.AddScoped<InstrumentQueries>();
        services.AddScoped<VoteQueries>();
        services.AddScoped<InstrumentsContract>();
        services.AddScoped<RecordPosition>();
        services.AddScoped<CorrectPosition>();
        return services;
    }
}
