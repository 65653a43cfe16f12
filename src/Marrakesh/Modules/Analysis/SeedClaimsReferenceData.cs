using System.Text.Json;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Analysis;

/// <summary>
/// Loads the policy paper's claims: their words, expected verdicts and evidence from Data/analysis_seed_claims.csv,
/// and their checks in the claim language from Data/analysis_seed_claims.json (a reading of an ambiguous word is a
/// claim of its own). Seeds are refreshed from the files; claims the secretariat adds are left alone.
/// </summary>
internal sealed class SeedClaimsReferenceData(AppDbContext db, TimeProvider clock) : IReferenceData
{
    public string Name => "seed claims";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var rows = EmbeddedCsv.Read<SeedRow>("analysis_seed_claims.csv").ToDictionary(r => r.Id, StringComparer.Ordinal);
        var existing = await db.Set<Claim>().Where(c => c.Origin == "seed").ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var seed in Seeds())
        {
            var row = rows[seed.Seed];
            var checks = ClaimJson.Write(ClaimKeys.Canonical(seed.Checks));
            var note = seed.Note ?? Blank(row.Note);
            if (!existing.TryGetValue(seed.Id, out var claim))
            {
                claim = new Claim { Id = seed.Id, Text = row.Claim, Checks = checks, Origin = "seed", CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Set<Claim>().Add(claim);
            }
            else if (claim.Checks != checks || claim.Text != row.Claim || claim.Note != note || claim.Reading != seed.Reading)
            {
                claim.Version++;
            }
            (claim.Text, claim.Checks, claim.Reading, claim.Group, claim.Note) = (row.Claim, checks, seed.Reading, seed.Group, note);
            (claim.ExpectedVerdict, claim.Evidence) = (Blank(row.ExpectedVerdict), Blank(row.Evidence));
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static List<SeedClaim> Seeds()
    {
        using var stream = typeof(SeedClaimsReferenceData).Assembly.GetManifestResourceStream("Marrakesh.Data.analysis_seed_claims.json")
            ?? throw new InvalidOperationException("Embedded reference file analysis_seed_claims.json is missing.");
        return JsonSerializer.Deserialize<List<SeedClaim>>(stream, ClaimJson.Options) ?? [];
    }

    private sealed record SeedClaim(string Id, string Seed, string? Group, string? Reading, string? Note, List<ClaimCheck> Checks);

    private sealed record SeedRow(string Id, string Claim, string? ExpectedVerdict, string? Evidence, string? Note);
}
