using Marrakesh.Modules.Datasets;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.States;

/// <summary>A State's migration figures: stock by sex, share, refugees, corridors, remittances, each with its source.</summary>
public sealed class MigrationModel(StateMigration migration, DatasetQueries queries) : PageModel
{
    public StateMigrationOutput Data { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string Name(string code) => Names.GetValueOrDefault(code, code);

    public async Task OnGetAsync(string iso3, CancellationToken cancellationToken)
    {
        Data = await migration.ExecuteAsync(iso3, cancellationToken);
        Names = await queries.NamesAsync(cancellationToken);
    }
}
