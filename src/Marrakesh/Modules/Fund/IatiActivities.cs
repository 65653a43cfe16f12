using System.Globalization;
using System.Xml;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Publishes the fund in the IATI activity standard 2.03: one activity for the fund (incoming pledges 13, signed
/// commitments 11, incoming funds 1, outgoing commitments 2 to programmes) and one per programme (disbursements 3 to
/// its organisations, expenditure 4). Reversals and closure refunds appear as negative values of the kind they undo.
/// </summary>
public sealed class IatiActivities(AppDbContext db, StatesContract states, CommitmentsContract commitments, IConfiguration configuration, TimeProvider clock)
{
    public const string PublisherSetting = "MARRAKESH_IATI_PUBLISHER";

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var publisher = configuration[PublisherSetting] ?? "XI-MARRAKESH";
        var transactions = await db.Set<LedgerTransaction>().AsNoTracking().Include(t => t.Entries).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var kinds = transactions.ToDictionary(t => t.Id, t => t.Kind);
        var contributions = await db.Set<Contribution>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var agreements = await db.Set<ContributionAgreement>().AsNoTracking().OrderBy(a => a.SignedOn).ToListAsync(cancellationToken);
        var programmes = (await db.Set<Programme>().AsNoTracking().OrderBy(p => p.ProposedAt).ToListAsync(cancellationToken))
            .Where(p => FundAudience.IsPublic(p.Status)).ToList();
        var expenditure = await db.Set<Expenditure>().AsNoTracking().OrderBy(e => e.Year).ToListAsync(cancellationToken);
        var iso2 = await states.Iso2CodesAsync(cancellationToken);
        var pledgeIds = contributions.Values.Select(c => c.PledgeId).Concat(agreements.Select(a => a.PledgeId)).OfType<Guid>().Distinct().ToList();
        var pledges = new List<CommitmentsContract.PledgedMoney>();
        foreach (var id in pledgeIds)
        {
            if (await commitments.PledgedMoneyAsync(id, cancellationToken) is { IsFinancial: true } pledge)
            {
                pledges.Add(pledge);
            }
        }

        // Written synchronously into memory, then copied: the response stream allows only asynchronous writes.
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("iati-activities");
            xml.WriteAttributeString("version", "2.03");
            xml.WriteAttributeString("generated-datetime", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

            var fundId = $"{publisher}-FUND";
            StartActivity(xml, fundId, publisher, "Start-up fund for safe, orderly and regular migration",
                "Pooled contributions to the capacity-building mechanism of the Global Compact for Migration, allocated to joint programmes.", "2");
            Organisation(xml, "participating-org", publisher, "Start-up fund (administrative agent)", ("role", "2"));
            Element(xml, "activity-status", ("code", "2"));
            Element(xml, "activity-date", ("type", "2"), ("iso-date", Date(contributions.Values.Select(c => c.Date).DefaultIfEmpty(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Min())));
            foreach (var pledge in pledges)
            {
                Transaction(xml, "13", DateOnly.FromDateTime(pledge.CreatedAt), pledge.AmountMinor!.Value, pledge.Currency!, $"Pledge {pledge.Id}", provider: pledge.ActorName);
            }
            foreach (var agreement in agreements)
            {
                Transaction(xml, "11", agreement.SignedOn, agreement.AmountMinor, agreement.Currency, "Signed contribution agreement", provider: agreement.Contributor);
            }
            foreach (var t in transactions)
            {
                var kind = t.Kind == FundVocabulary.Reversal ? kinds[t.ReversesId!.Value] : t.Kind;
                var sign = t.Kind == FundVocabulary.Reversal ? -1 : 1;
                if (kind == FundVocabulary.Deposit && contributions.TryGetValue(t.ContributionId!.Value, out var c))
                {
                    Transaction(xml, "1", t.Date, sign * c.AmountMinor, c.Currency, t.Memo ?? c.Contributor, provider: c.Contributor);
                }
                else if (kind == FundVocabulary.IncomeKind)
            {
                var received = t.Entries.Where(e => e.Account == LedgerAccounts.Income).Sum(e => -e.AmountMinor);
                Transaction(xml, "1", t.Date, received, "USD", t.Memo ?? "Investment income");
            }
            else if (kind is FundVocabulary.Allocation or FundVocabulary.Refund && t.ProgrammeId is { } programme)
                {
                    var toProgramme = t.Entries.Where(e => LedgerAccounts.IsProgramme(e.Account)).Sum(e => e.AmountMinor);
                    // The legs carry their own sign: a reversal or a refund is already negative towards the programme.
                Transaction(xml, "2", t.Date, toProgramme, "USD", t.Memo ?? kind, receiverActivity: ProgrammeActivity(publisher, programme));
                }
            }
            xml.WriteEndElement();

            foreach (var programme in programmes)
            {
                StartActivity(xml, ProgrammeActivity(publisher, programme.Id), publisher, programme.Title, programme.Summary ?? programme.Title, null);
                Organisation(xml, "participating-org", publisher, "Start-up fund", ("role", "1"));
                foreach (var organisation in programme.Organisations)
                {
                    Organisation(xml, "participating-org", null, organisation, ("role", "4"));
                }
                Element(xml, "activity-status", ("code", Status(programme.Status)));
                Element(xml, "activity-date", ("type", "1"), ("iso-date", Date(DateOnly.FromDateTime(programme.ProposedAt))));
                foreach (var country in programme.Countries.Where(iso2.ContainsKey))
                {
                    Element(xml, "recipient-country", ("code", iso2[country]));
                }
                foreach (var t in transactions.Where(t => t.ProgrammeId == programme.Id && t.Organisation is not null))
                {
                    var paid = t.Entries.Where(e => LedgerAccounts.IsOrganisation(e.Account)).Sum(e => e.AmountMinor);
                    Transaction(xml, "3", t.Date, paid, "USD", t.Memo ?? "Transfer", receiver: t.Organisation);
                }
                foreach (var e in expenditure.Where(e => e.ProgrammeId == programme.Id))
                {
                    var yearEnd = new DateOnly(e.Year, 12, 31);
                    var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                    Transaction(xml, "4", yearEnd < today ? yearEnd : today, e.AmountMinor, "USD",
                        $"{e.Organisation} expenditure {e.Year}{(e.Certified ? "" : " (provisional)")}", provider: e.Organisation);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static string ProgrammeActivity(string publisher, Guid programme) => $"{publisher}-PROG-{programme:N}";

    /// <summary>IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 5 cancelled.</summary>
    private static string Status(string status) => status switch
    {
        FundVocabulary.Funded => "2",
        FundVocabulary.Closed => "3",
        FundVocabulary.Declined => "5",
        _ => "1",
    };

    private static void StartActivity(XmlWriter xml, string id, string publisher, string title, string description, string? hierarchy)
    {
        xml.WriteStartElement("iati-activity");
        xml.WriteAttributeString("default-currency", "USD");
        xml.WriteAttributeString("hierarchy", hierarchy ?? "2");
        xml.WriteElementString("iati-identifier", id);
        Organisation(xml, "reporting-org", publisher, "Start-up fund (Marrakesh platform)", ("type", "40"));
        Narrated(xml, "title", title);
        Narrated(xml, "description", description);
    }

    private static void Transaction(XmlWriter xml, string type, DateOnly date, long minor, string currency, string description,
        string? provider = null, string? receiver = null, string? receiverActivity = null)
    {
        xml.WriteStartElement("transaction");
        Element(xml, "transaction-type", ("code", type));
        Element(xml, "transaction-date", ("iso-date", Date(date)));
        xml.WriteStartElement("value");
        xml.WriteAttributeString("currency", currency);
        xml.WriteAttributeString("value-date", Date(date));
        xml.WriteString(Usd.FromMinor(minor).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        Narrated(xml, "description", description);
        if (provider is not null)
        {
            Organisation(xml, "provider-org", null, provider);
        }
        if (receiver is not null || receiverActivity is not null)
        {
            xml.WriteStartElement("receiver-org");
            if (receiverActivity is not null)
            {
                xml.WriteAttributeString("receiver-activity-id", receiverActivity);
            }
            Narrated(xml, null, receiver ?? "Joint programme");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Organisation(XmlWriter xml, string element, string? reference, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(element);
        if (reference is not null)
        {
            xml.WriteAttributeString("ref", reference);
        }
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }
        Narrated(xml, null, name);
        xml.WriteEndElement();
    }

    private static void Narrated(XmlWriter xml, string? element, string text)
    {
        if (element is not null)
        {
            xml.WriteStartElement(element);
        }
        // Names and memos come from the database as they were stored, possibly before the input rule refused controls.
        xml.WriteElementString("narrative", XmlCharacters.Valid(text));
        if (element is not null)
        {
            xml.WriteEndElement();
        }
    }

    private static void Element(XmlWriter xml, string element, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(element);
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
        xml.WriteEndElement();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
