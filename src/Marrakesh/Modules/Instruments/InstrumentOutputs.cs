namespace Marrakesh.Modules.Instruments;

/// <summary>A count of parties as a source states it, beside the count computed from the rows for that date.</summary>
/// <param name="Count">The stated count.</param>
/// <param name="AsOf">The source's own as-of wording, e.g. "&gt;= 2023-09-26" or "2016".</param>
/// <param name="Source">Where the count is stated.</param>
/// <param name="Computed">The count computed from the rows for the last day the wording names; null when it names no single date.</param>
public sealed record StatedCountOutput(int Count, string? AsOf, string? Source, int? Computed);

/// <summary>An instrument with its standing on a date, computed from the position rows.</summary>
/// <param name="Key">Kebab-case key, e.g. icrmw.</param>
/// <param name="Kind">treaty or soft-law.</param>
/// <param name="Title">Full title.</param>
/// <param name="ShortName">Short name, e.g. ICRMW (1990 Migrant Workers Convention).</param>
/// <param name="AdoptedPlace">Where it was adopted.</param>
/// <param name="AdoptingBody">The body that adopted it.</param>
/// <param name="AdoptionInstrument">The resolution or act of adoption, where known.</param>
/// <param name="EntryIntoForce">When a treaty entered into force.</param>
/// <param name="Depositary">Who keeps the treaty's record of signatures and ratifications.</param>
/// <param name="DepositaryReference">Where the depositary keeps it, e.g. MTDSG IV-13.</param>
/// <param name="Sources">Where these facts come from.</param>
/// <param name="Notes">Conflicts and gaps in the sources.</param>
/// <param name="Adopted">Adoption date as precisely as known: yyyy-MM-dd, yyyy-MM or yyyy; empty when unknown.</param>
/// <param name="AsOf">The date the counts are for.</param>
/// <param name="PartyCount">Treaties: States bound on <paramref name="AsOf"/>, counted from the rows; null for soft law.</param>
/// <param name="EndorsingCount">Soft law: States whose endorsement stands on <paramref name="AsOf"/>; null for treaties.</param>
/// <param name="Undetermined">States whose standing on that date depends on a date known only to the year or month.</param>
/// <param name="RecordsCurrentTo">The latest as-of date of the rows counted: nothing after it is recorded.</param>
/// <param name="Parties">ISO3 codes of the States counted (detail only; null in lists).</param>
/// <param name="StatedPartyCount">The count a source states, with its date and source, and the computed count for that date.</param>
/// <param name="PositionsCoverage">What the shipped rows cover, as the reference file says.</param>
public sealed record InstrumentOutput(
    string Key, string Kind, string Title, string ShortName, string Adopted, string? AdoptedPlace, string? AdoptingBody,
    string? AdoptionInstrument, DateOnly? EntryIntoForce, string? Depositary, string? DepositaryReference, string Sources,
    string? Notes, DateOnly AsOf, int? PartyCount, int? EndorsingCount, IReadOnlyList<string> Undetermined, DateOnly? RecordsCurrentTo,
    IReadOnlyList<string>? Parties, StatedCountOutput? StatedPartyCount, string? PositionsCoverage);

/// <summary>One recorded act of a State on an instrument.</summary>
/// <param name="Id">The row's number; corrections name it.</param>
/// <param name="Instrument">The instrument's key.</param>
/// <param name="Iso3">The State.</param>
/// <param name="State">The State's English short name.</param>
/// <param name="Kind">signature, ratification, accession, succession, acceptance, approval, formal-confirmation, consent (kind not recorded), endorsement, vote, withdrawal, denunciation or reservation.</param>
/// <param name="Date">As precisely as the source gives it: yyyy-MM-dd, yyyy-MM or yyyy; empty when unknown.</param>
/// <param name="DatePrecision">day, month, year or unknown.</param>
/// <param name="AsOf">The date the source's record is current to.</param>
/// <param name="Source">Where the act is recorded.</param>
/// <param name="Note">Remarks, e.g. the text of a reservation.</param>
/// <param name="RecordedBy">Who recorded it: "reference data" for the shipped rows; an account's email only to the secretariat, its role and State or organisation to everyone else.</param>
/// <param name="RecordedAt">When (UTC).</param>
/// <param name="Supersedes">The row this one corrects.</param>
/// <param name="CorrectionReason">Why that row was wrong.</param>
/// <param name="SupersededBy">The row that corrects this one; null while it stands.</param>
public sealed record PositionOutput(
    long Id, string Instrument, string Iso3, string State, string Kind, string Date, string DatePrecision, DateOnly AsOf,
    string Source, string? Note, string RecordedBy, DateTime RecordedAt, long? Supersedes, string? CorrectionReason, long? SupersededBy);

/// <summary>How one State voted.</summary>
/// <param name="Iso3">The State.</param>
/// <param name="State">Its English short name today.</param>
/// <param name="Vote">yes, no, abstain or absent.</param>
/// <param name="NameAtTheTime">The State's name in 2018 where it differs from today's.</param>
public sealed record VoteItemOutput(string Iso3, string State, string Vote, string? NameAtTheTime);

/// <summary>Votes counted from the rows.</summary>
public sealed record VoteTotalsOutput(int Yes, int No, int Abstain, int Absent, int Total);

/// <summary>The totals as reports stated them, to compare with the rows.</summary>
public sealed record StatedTotalsOutput(int Yes, int No, int Abstain, int Absent, string Source);

/// <summary>A recorded General Assembly vote, State by State, with totals counted from the rows.</summary>
/// <param name="Resolution">Symbol, e.g. A/RES/73/195.</param>
/// <param name="Slug">The symbol as the URL writes it, e.g. A-RES-73-195.</param>
/// <param name="Date">The day of the vote.</param>
/// <param name="Title">What the resolution adopted.</param>
/// <param name="Draft">The draft's symbol.</param>
/// <param name="Instrument">The instrument the resolution adopted or endorsed.</param>
/// <param name="Items">One row per State.</param>
/// <param name="Total">How many rows.</param>
/// <param name="Totals">Counted from the rows.</param>
/// <param name="Stated">As the reports stated them.</param>
/// <param name="Sources">Where the State-by-State record comes from.</param>
public sealed record VoteOutput(
    string Resolution, string Slug, DateOnly Date, string Title, string Draft, string Instrument,
    IReadOnlyList<VoteItemOutput> Items, int Total, VoteTotalsOutput Totals, StatedTotalsOutput Stated, string Sources);

/// <summary>One State's record at the Marrakesh conference.</summary>
/// <param name="Iso3">The State.</param>
/// <param name="State">Its English short name.</param>
/// <param name="Note">What the source says, in our words.</param>
/// <param name="Sources">Where; null for unknown.</param>
/// <param name="Status">adopted, adopted_then_withdrew_then_rejoined, did_not_participate, disputed, unverified, or unknown where no source names the State.</param>
/// <param name="Date">The date of the State's announcement or act, as the source gives it.</param>
public sealed record AdoptionItemOutput(string Iso3, string State, string Status, string? Note, string? Date, string? Sources);

/// <summary>The Marrakesh conference's adoption record: the sourced rows, every other UN Member State unknown, and the stated total beside them.</summary>
/// <param name="Date">The conference's day.</param>
/// <param name="Place">Where.</param>
/// <param name="Total">How many items.</param>
/// <param name="Note">What the record lacks.</param>
/// <param name="Items">One row per UN Member State (the States with a row in the A/RES/73/195 vote).</param>
/// <param name="Counts">Rows by status, counted from the items.</param>
/// <param name="AdoptingStatesStated">How many States adopted, as the sources state it.</param>
/// <param name="NonParticipantsStated">193 less the stated adopters, and the conflict with another source.</param>
public sealed record AdoptionOutput(
    DateOnly Date, string Place, IReadOnlyList<AdoptionItemOutput> Items, int Total, IReadOnlyDictionary<string, int> Counts,
    StatedFigureOutput AdoptingStatesStated, StatedFigureOutput NonParticipantsStated, string Note);

/// <summary>A figure as a source states it.</summary>
public sealed record StatedFigureOutput(int Count, string Source);
