using Marrakesh.Platform.Data;
using Marrakesh.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Catalogue;

/// <summary>Loads the objectives and guiding principles from Modules/Catalogue/Data (sources in SOURCES.md).</summary>
internal sealed class CatalogueReferenceData(AppDbContext db) : IReferenceData
{
    public string Name => "catalogue";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var objectives = await db.Objectives.ToDictionaryAsync(o => o.Number, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<ObjectiveRow>("objectives.csv"))
        {
            if (!objectives.TryGetValue(row.Number, out var objective))
            {
                objective = new Objective { Number = row.Number, Key = row.Key };
                db.Objectives.Add(objective);
            }
            objective.Key = row.Key;
            objective.ActionsCount = row.ActionsCount;
            Update(objective.ShortName, row.ShortName);
            Update(objective.Title, row.OfficialTitle);
            Update(objective.Summary, row.Summary);
        }

        var principles = await db.GuidingPrinciples.ToDictionaryAsync(p => p.Key, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<PrincipleRow>("principles.csv"))
        {
            if (!principles.TryGetValue(row.Key, out var principle))
            {
                principle = new GuidingPrinciple { Key = row.Key, Letter = row.Letter };
                db.GuidingPrinciples.Add(principle);
            }
            principle.Letter = row.Letter;
            Update(principle.Name, row.Name);
            Update(principle.Summary, row.Summary);
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Only English ships today; translations entered later are kept.</summary>
    private static void Update(LocalizedText text, string english)
    {
        if (text.En != english)
        {
            text.En = english;
        }
    }

    private sealed record ObjectiveRow(int Number, string Key, string ShortName, string OfficialTitle, string Summary, int ActionsCount);

    private sealed record PrincipleRow(string Letter, string Key, string Name, string Summary);
}
