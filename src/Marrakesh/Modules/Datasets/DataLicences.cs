using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Datasets;

/// <summary>A licence under which a publisher releases figures the platform serves.</summary>
/// <param name="Id">SPDX identifier, e.g. CC-BY-4.0.</param>
/// <param name="Name">The licence's name.</param>
/// <param name="Url">The licence's text.</param>
/// <param name="Publishers">Who releases figures under it, as their sources are named.</param>
/// <param name="Sources">The publication families (a dataset's <c>source</c>) it covers.</param>
/// <param name="Attribution">What a reuser must do.</param>
public sealed record LicenceOutput(string Id, string Name, string Url, IReadOnlyList<string> Publishers, IReadOnlyList<string> Sources, string Attribution);

/// <summary>
/// The licences of the imported publications: UN DESA's Population Division releases its estimates under CC BY 3.0 IGO;
/// the World Bank releases the World Development Indicators and KNOMAD's remittance and migration matrices under
/// CC BY 4.0. Both ask reusers to credit the publisher. Every answer of figures names its sources with their licence
/// (in <c>sources</c> and a <c>Link: rel="license"</c> header), and <c>GET /api/licences</c> lists them.
/// </summary>
public static class DataLicences
{
    private const string Credit = "Credit the publisher and publication (the source's title and revision), link to the licence, and say whether you changed the figures.";

    public static readonly LicenceOutput UnIgo = new("CC-BY-3.0-IGO", "Creative Commons Attribution 3.0 IGO", "https://creativecommons.org/licenses/by/3.0/igo/",
        ["United Nations, Department of Economic and Social Affairs, Population Division"],
        [DatasetSources.MigrantStock, DatasetSources.OriginDestination], Credit);

    public static readonly LicenceOutput WorldBank = new("CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/",
        ["World Bank (World Development Indicators)", "KNOMAD / World Bank"],
        [DatasetSources.Wdi, DatasetSources.WdiDatabank, DatasetSources.BilateralMigrants, DatasetSources.BilateralRemittances,
            DatasetSources.RemittanceInflows, DatasetSources.RemittanceOutflows], Credit);

    public static readonly IReadOnlyList<LicenceOutput> All = [UnIgo, WorldBank];

    /// <summary>The licence of a publication family (<c>wdi:BX.TRF.PWKR.CD.DT</c> belongs to <c>wdi</c>); null for one no licence covers.</summary>
    public static LicenceOutput? Of(string source)
    {
        var family = source.Split(':', 2)[0];
        return All.FirstOrDefault(l => l.Sources.Contains(family, StringComparer.Ordinal));
    }

    /// <summary>An import named with its licence; "unknown" where no licence is recorded for its family.</summary>
    public static SourceAttribution Attribution(DatasetImport import) => Of(import.Source) is { } licence
        ? new(import.Title, import.Revision, licence.Id, licence.Url)
        : new(import.Title, import.Revision, "unknown", "");

    /// <summary>Adds <c>Link: &lt;licence&gt;; rel="license"</c> (RFC 4946) for each licence of the figures in an answer.</summary>
    public static void Link(HttpResponse response, IEnumerable<DatasetImport> imports) =>
        Link(response, imports.Select(i => Of(i.Source)?.Url));

    /// <summary>The same for a State's profile, whose series name their sources.</summary>
    public static void Link(HttpResponse response, StateMigrationOutput profile) =>
        Link(response, new[] { profile.MigrantStock?.Source, profile.Share?.Source, profile.Refugees?.Source, profile.TopOrigins?.Source,
            profile.TopDestinations?.Source, profile.RemittancesReceived?.Source, profile.RemittancesSent?.Source }.Select(s => s?.LicenceUrl));

    private static void Link(HttpResponse response, IEnumerable<string?> urls)
    {
        foreach (var licence in All.Where(l => urls.Contains(l.Url)))
        {
            response.Headers.Append("Link", $"<{licence.Url}>; rel=\"license\"; title=\"{licence.Name}\"");
        }
    }
}
