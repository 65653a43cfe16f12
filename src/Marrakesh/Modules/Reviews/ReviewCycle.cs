using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Reviews;

/// <summary>
/// One turn of the Compact's review rhythm: a Forum (imrf), a commission's regional review (regional),
/// or the Secretary-General's report (sg-report). Generated, never typed in; its id reads like
/// <c>imrf-2026</c>, <c>regional-ece-2024</c>, <c>sg-report-2026</c>.
/// </summary>
public sealed class ReviewCycle
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public int Year { get; init; }
    /// <summary>For regional reviews: ECA, ECE, ECLAC, ESCAP or ESCWA.</summary>
    public string? Commission { get; init; }
    /// <summary>For Forums: which objectives each round table covers, set by the secretariat.</summary>
    public List<RoundTable> RoundTables { get; set; } = [];
    /// <summary>When the Forum met or the report came out, where verified (Data/cycle_dates.csv).</summary>
    public DateOnly? Starts { get; set; }
    public DateOnly? Ends { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>Voluntary national reviews feed the Forums and the regional reviews, not the Secretary-General's report.</summary>
    public bool TakesNationalReviews => Kind != ReviewCycleKinds.SgReport;
}

/// <summary>A round table of a Forum and the objectives it covers.</summary>
public sealed record RoundTable(int Number, List<int> Objectives);

public static class ReviewCycleKinds
{
    public const string Imrf = "imrf";
    public const string Regional = "regional";
    public const string SgReport = "sg-report";
    public static readonly IReadOnlyList<string> All = [Imrf, Regional, SgReport];
}

internal sealed class ReviewCycleConfiguration : IEntityTypeConfiguration<ReviewCycle>
{
    public void Configure(EntityTypeBuilder<ReviewCycle> cycle)
    {
        cycle.ToTable("reviews_cycles");
        cycle.Property(c => c.Id).HasMaxLength(32);
        cycle.Property(c => c.Kind).HasMaxLength(16);
        cycle.Property(c => c.Commission).HasMaxLength(8);
        cycle.Property(c => c.Version).IsConcurrencyToken();
        cycle.Property(c => c.RoundTables).HasJsonConversion();
        cycle.HasIndex(c => new { c.Kind, c.Year });
    }
}
