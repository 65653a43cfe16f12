using Marrakesh.Platform.Data;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>
/// Loads the verified Network members and the consultative processes from Modules/Network/Data. A member the
/// secretariat has changed is theirs: the refresh adds missing members and keeps untouched ones in step with the file.
/// </summary>
internal sealed class NetworkReferenceData(AppDbContext db, RecordHistory history) : IReferenceData
{
    public string Name => "UN Network members and consultative processes";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken) =>
        await RefreshMembersAsync(cancellationToken) + await RefreshProcessesAsync(cancellationToken);

    private async Task<int> RefreshMembersAsync(CancellationToken cancellationToken)
    {
        var members = await db.Set<NetworkMember>().ToDictionaryAsync(m => m.Acronym, cancellationToken);
        var written = 0;
        foreach (var row in EmbeddedCsv.Read<MemberRow>("network_members.csv"))
        {
            var exists = members.TryGetValue(row.Acronym, out var member);
            if (exists && (!member!.FromReference || row.SameAs(member)))
            {
                continue;
            }
            if (!exists)
            {
                member = new NetworkMember { Id = Guid.NewGuid(), Acronym = row.Acronym, Name = row.Name, Role = row.Role, FromReference = true };
                db.Add(member);
            }
            row.CopyTo(member!);
            await history.SaveAsync(member!, NetworkVocabulary.MemberKind, () => NetworkMemberOutput.From(member!),
                exists ? "refreshed" : "reference", reason: null, cancellationToken);
            written++;
        }
        return written;
    }

    private async Task<int> RefreshProcessesAsync(CancellationToken cancellationToken)
    {
        var processes = await db.Set<ConsultativeProcess>().ToDictionaryAsync(p => p.Key, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<ProcessRow>("consultative_processes.csv"))
        {
            if (!processes.TryGetValue(row.Key, out var process))
            {
                process = new ConsultativeProcess { Key = row.Key, Name = row.Name, Kind = "", Source = row.Source };
                db.Add(process);
            }
            process.Name = row.Name;
            process.AlsoKnownAs = Blank(row.AlsoKnownAs);
            process.Kind = row.Kind.Replace('_', '-');
            process.Region = Blank(row.Region);
            process.FoundedYear = row.FoundedYear;
            process.FoundedDetail = Blank(row.FoundedDetail);
            process.Members = Codes(row.MemberStatesIso3);
            process.MemberCountStated = Blank(row.MemberCountStated);
            process.Observers = Codes(row.ObserverStatesIso3);
            process.MembersAsOf = Blank(row.MembersAsOf);
            process.MembersComplete = row.MembersComplete.StartsWith("yes", StringComparison.Ordinal) ? true
                : row.MembersComplete == "no" || row.MembersComplete.StartsWith("no ", StringComparison.Ordinal) ? false : null;
            process.MembersCompleteNote = Blank(row.MembersComplete);
            process.Source = row.Source;
            process.Note = Blank(row.Note);
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Codes(string? list) =>
        [.. (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private sealed record MemberRow(string Acronym, string Name, string ExecutiveCommittee, string Role, string Since, string Verified, string Source, string Note)
    {
        public bool SameAs(NetworkMember m) =>
            m.Name == Name && m.ExecutiveCommittee == (ExecutiveCommittee == "yes") && m.Role == Role && m.Since == Blank(Since)
            && m.Verified == (Verified == "yes") && m.Source == Blank(Source) && m.Note == Blank(Note);

        public void CopyTo(NetworkMember m)
        {
            m.Name = Name;
            m.ExecutiveCommittee = ExecutiveCommittee == "yes";
            m.Role = Role;
            m.Since = Blank(Since);
            m.Verified = Verified == "yes";
            m.Source = Blank(Source);
            m.Note = Blank(Note);
        }
    }

    private sealed record ProcessRow(
        string Key, string Name, string? AlsoKnownAs, string Kind, string? Region, int? FoundedYear, string? FoundedDetail,
        string? MemberStatesIso3, string? MemberCountInFile, string? MemberCountStated, string? ObserverStatesIso3,
        string? MembersAsOf, string MembersComplete, string Source, string? Note);
}
