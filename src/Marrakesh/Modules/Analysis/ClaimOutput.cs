namespace Marrakesh.Modules.Analysis;

/// <summary>A claim and its verdict on the record as it stands.</summary>
/// <param name="Id">The claim's key.</param>
/// <param name="Text">The claim in words.</param>
/// <param name="Reading">How a word of it is read, when readings differ.</param>
/// <param name="Group">Readings of one statement share a group.</param>
/// <param name="Origin">seed (the policy paper's claims) or secretariat.</param>
/// <param name="Checks">The claim in the claim language.</param>
/// <param name="Note">Why the record can or cannot decide it, where that needs saying.</param>
/// <param name="Verdict">holds, holds-except (holds once States the record does not set aside are set aside, or its stated exception is not one), fails, or unknown (the record cannot decide).</param>
/// <param name="Holds">ISO3 codes of the States that bear the claim out (for a count: those counted).</param>
/// <param name="Breaks">ISO3 codes of the States that contradict it.</param>
/// <param name="Undecided">ISO3 codes of the States the record cannot place, which keep the verdict open.</param>
/// <param name="Excepted">The claim's exceptions the record bears out.</param>
/// <param name="ExceptionsNotBorneOut">The claim's exceptions the record does not bear out.</param>
/// <param name="Results">Each check's own outcome.</param>
/// <param name="AsOf">The dates of the facts the verdict rests on.</param>
/// <param name="Sources">Where those facts come from.</param>
/// <param name="Expected">For seed claims: the reference set's verdict and evidence.</param>
/// <param name="Version">The claim's version.</param>
public sealed record ClaimOutput(string Id, string Text, string? Reading, string? Group, string Origin, IReadOnlyList<ClaimCheck> Checks, string? Note,
    string Verdict, IReadOnlyList<string> Holds, IReadOnlyList<string> Breaks, IReadOnlyList<string> Undecided, IReadOnlyList<string> Excepted,
    IReadOnlyList<string> ExceptionsNotBorneOut, IReadOnlyList<CheckOutcome> Results, IReadOnlyList<FactDate> AsOf, IReadOnlyList<string> Sources,
    ExpectedOutput? Expected, int Version);

/// <summary>One check's outcome.</summary>
/// <param name="Verdict">holds, holds-except, fails or unknown.</param>
/// <param name="Low">For a count or share: the least it can be on the record.</param>
/// <param name="High">For a count or share: the most it can be (null: no bound).</param>
/// <param name="Holds">The States that meet it.</param>
/// <param name="Breaks">The States that contradict it.</param>
/// <param name="Undecided">The States the record cannot place.</param>
public sealed record CheckOutcome(string Verdict, double? Low, double? High, IReadOnlyList<string> Holds, IReadOnlyList<string> Breaks, IReadOnlyList<string> Undecided);

/// <summary>The date of a kind of fact a verdict rests on.</summary>
/// <param name="Fact">What is dated, e.g. "vote on A/RES/73/195".</param>
/// <param name="Date">ISO date (or year) the fact holds as of.</param>
public sealed record FactDate(string Fact, string Date);

/// <summary>The reference set's reading of a seed claim.</summary>
/// <param name="Verdict">supported, contradicted, partly_supported, definition-dependent, or null where no reference file decides it.</param>
/// <param name="Evidence">The reference set's evidence (file and line numbers).</param>
public sealed record ExpectedOutput(string? Verdict, string? Evidence);
