using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;

namespace Marrakesh.Modules.Instruments;

/// <summary>Instruments of migration governance, States' positions on them, recorded votes and the Marrakesh adoption record.</summary>
internal static class InstrumentsModule
{
    public static IServiceCollection AddInstruments(this IServiceCollection services)
    {
        services.AddScoped<IReferenceData, InstrumentsReferenceData>();
        services.AddScoped<IReferenceData, VotesReferenceData>();
        // Positions and votes are reference facts: what is built from them (claims' verdicts) follows the reference topic.
        services.AddCachedEntities(CacheTopics.Reference, typeof(Instrument), typeof(InstrumentPosition), typeof(RecordedVote), typeof(AdoptionRecord));
        services.AddScoped<InstrumentQueries>();
        services.AddScoped<VoteQueries>();
        services.AddScoped<InstrumentsContract>();
        services.AddScoped<RecordPosition>();
        services.AddScoped<CorrectPosition>();
        return services;
    }
}
