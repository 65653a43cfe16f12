using System.Net;
using System.Net.Http.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Fund;

public sealed class FollowingMoneyAndPublishing(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly string Narrative = string.Concat(Enumerable.Repeat("We will fund fair recruitment pilots in two corridors. ", 7));

    private async Task<string> FinancialPledgeAsync(decimal amount, string currency)
    {
        var (foundation, _) = await app.ClientAsAsync("stakeholder", organisation: "Open Roads Foundation");
        var pledge = await (await foundation.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "private-sector", form = "financial", jointType = "individual", objectives = new[] { 6 }, narrative = Narrative,
            amount, currency,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return pledge.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_financial_pledge_is_followed_to_the_cent_with_each_stage_side_by_side()
    {
        var desk = await FundDesk.OpenAsync(app);
        var pledge = await FinancialPledgeAsync(200_000m, "EUR");
        var agreement = await (await desk.PostAsync("/api/fund/agreements", new
        {
            contributor = "Open Roads Foundation", contributorType = "philanthropic", amount = 150_000m, currency = "EUR", signedOn = "2026-02-01", pledgeId = pledge,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.PostAsync("/api/fund/contributions", new
        {
            contributor = "Open Roads Foundation", contributorType = "philanthropic", amount = 100_000m, currency = "EUR", rateToUsd = 1.1m,
            earmark = "country:LKA", date = "2026-03-01", agreementId = agreement.GetProperty("id").GetString(),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var programme = await desk.ApprovedProgrammeAsync("LKA");
        await (await desk.AllocateAsync(programme, 54_450m, "country:LKA")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.TransferAsync(programme, "ILO", 10_890m)).ShouldBeJsonAsync(HttpStatusCode.Created);

        var chain = await (await app.CreateClient().GetAsync($"/api/fund/pledges/{pledge}/chain")).ShouldBeJsonAsync();

        Assert.Equal("EUR", chain.GetProperty("currency").GetString());
        Assert.Equal(200_000m, chain.GetProperty("pledged").GetDecimal());
        Assert.Equal(150_000m, chain.GetProperty("signed").GetDecimal());
        Assert.Equal(100_000m, chain.GetProperty("deposited").GetDecimal());
        Assert.Equal(110_000m, chain.GetProperty("depositedUsd").GetDecimal());
        Assert.Equal(54_450m, chain.GetProperty("allocatedUsd").GetDecimal());
        Assert.Equal(10_890m, chain.GetProperty("transferredUsd").GetDecimal());
        Assert.Equal(0.5m, chain.GetProperty("fulfilmentShare").GetDecimal());
        var page = await app.CreateClient().GetPageAsync($"/fund/pledges/{pledge}");
        Assert.Equal("54,450.00", page.QuerySelector("[data-stage=allocated]")!.TextContent.Trim());
        Assert.Contains("50", page.QuerySelector("[data-stage=fulfilment]")!.TextContent, StringComparison.Ordinal);
        var pledgePage = await app.CreateClient().GetPageAsync($"/pledges/{pledge}");
        Assert.NotNull(pledgePage.QuerySelector($"a[href='/fund/pledges/{pledge}']"));
    }

    [Fact]
    public async Task Money_honours_only_a_financial_pledge_in_its_own_currency()
    {
        var desk = await FundDesk.OpenAsync(app);
        var pledge = await FinancialPledgeAsync(1_000m, "GBP");

        var response = await desk.PostAsync("/api/fund/contributions", new
        {
            contributor = "Open Roads Foundation", contributorType = "philanthropic", amount = 10m, currency = "USD", pledgeId = pledge,
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await desk.PostAsync("/api/fund/contributions", new
        {
            contributor = "X", contributorType = "philanthropic", amount = 10m, currency = "USD", pledgeId = Guid.NewGuid(),
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pledgeId");
    }

    [Fact]
    public async Task The_IATI_file_carries_every_transaction_type_of_the_chain()
    {
        var (xml, programme) = await PublishAsync();

        var document = XDocument.Parse(xml);
        var types = document.Descendants("transaction-type").Select(t => t.Attribute("code")!.Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "13", "11", "1", "2", "3", "4" }, types);
        var activity = document.Descendants("iati-activity").Single(a => a.Element("iati-identifier")!.Value.EndsWith(programme.Replace("-", ""), StringComparison.Ordinal));
        Assert.Equal("PE", activity.Element("recipient-country")!.Attribute("code")!.Value);
        Assert.Equal("2.03", document.Root!.Attribute("version")!.Value);
    }

    [SharedDataFact("iati-schema-2.03")]
    public async Task The_IATI_file_validates_against_the_2_03_schema()
    {
        var (xml, _) = await PublishAsync();
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(SharedData.Folder("iati-schema-2.03")!, "iati-activities-schema.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }
        Assert.Empty(errors);
    }

    private async Task<(string Xml, string Programme)> PublishAsync()
    {
        var desk = await FundDesk.OpenAsync(app);
        var pledge = await FinancialPledgeAsync(5_000m, "USD");
        await (await desk.PostAsync("/api/fund/agreements", new { contributor = "Open Roads Foundation", contributorType = "philanthropic", amount = 5_000m, currency = "USD", pledgeId = pledge }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.PostAsync("/api/fund/contributions", new { contributor = "Open Roads Foundation", contributorType = "philanthropic", amount = 5_000m, currency = "USD", pledgeId = pledge, earmark = "country:PER" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var programme = await desk.ApprovedProgrammeAsync("PER");
        await (await desk.AllocateAsync(programme, 4_000m, "country:PER")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.TransferAsync(programme, "IOM", 3_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.Manager.PostAsJsonAsync($"/api/fund/programmes/{programme}/expenditure", new { organisation = "IOM", year = 2026, amountUsd = 1_500m }))
            .ShouldBeJsonAsync();

        var response = await app.CreateClient().GetAsync("/api/fund/iati.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync(), programme);
    }
}
