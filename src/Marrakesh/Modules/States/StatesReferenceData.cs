using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.States;

/// <summary>Loads the 195 States from Modules/States/Data/states.csv (sources in SOURCES.md).</summary>
internal sealed class StatesReferenceData(AppDbContext db) : IReferenceData
{
    public string Name => "states";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var states = await db.States.ToDictionaryAsync(s => s.Iso3, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<StateRow>("states.csv"))
        {
            if (!states.TryGetValue(row.Iso3, out var state))
            {
                state = new State { Iso3 = row.Iso3, Iso2 = row.Iso2, M49 = row.M49, Region = row.Region, SubRegion = row.SubRegion };
                db.States.Add(state);
            }
            state.Iso2 = row.Iso2;
            state.M49 = row.M49;
            state.Region = row.Region;
            state.SubRegion = row.SubRegion;
            state.IntermediateRegion = Blank(row.IntermediateRegion);
            state.UnMember = row.UnMember == 1;
            SetIfDifferent(state.Groupings, List(row.Groupings), l => state.Groupings = l);
            SetIfDifferent(state.RegionalCommissions, List(row.RegionalCommissions), l => state.RegionalCommissions = l);
            state.Name.En = row.NameEn;
            // Translations are kept unless the file provides one.
            state.Name.Ar = Blank(row.NameAr) ?? state.Name.Ar;
            state.Name.Zh = Blank(row.NameZh) ?? state.Name.Zh;
            state.Name.Fr = Blank(row.NameFr) ?? state.Name.Fr;
            state.Name.Ru = Blank(row.NameRu) ?? state.Name.Ru;
            state.Name.Es = Blank(row.NameEs) ?? state.Name.Es;
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private static void SetIfDifferent(List<string> current, List<string> wanted, Action<List<string>> set)
    {
        if (!current.SequenceEqual(wanted))
        {
            set(wanted);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static List<string> List(string? value) =>
        [.. (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private sealed record StateRow(
        string Iso3, string Iso2, string M49, string NameEn, string? NameAr, string? NameZh, string? NameFr,
        string? NameRu, string? NameEs, string Region, string SubRegion, string? IntermediateRegion, int UnMember,
        string? Groupings, string? RegionalCommissions);
}
