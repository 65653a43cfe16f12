using System.Net;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class ReadingTheFundPages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task The_public_sees_sources_and_uses_and_each_programmes_ledger()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(20_202.02m, "country:MEX");
        var programme = await desk.ApprovedProgrammeAsync("MEX");
        await (await desk.AllocateAsync(programme, 5_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.TransferAsync(programme, "ILO", 1_234.56m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var visitor = app.CreateClient();

        var fund = await visitor.GetPageAsync("/fund");
        var programmePage = await visitor.GetPageAsync($"/fund/programmes/{programme}");

        Assert.Equal("20,202.02", fund.QuerySelector("[data-figure=deposits]")!.TextContent.Trim());
        Assert.Equal("5,000.00", fund.QuerySelector("[data-figure=allocated]")!.TextContent.Trim());
        Assert.Equal("1,234.56", fund.QuerySelector("[data-figure=transferred]")!.TextContent.Trim());
        Assert.Contains(fund.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/fund/programmes/{programme}");
        var ledgerRows = programmePage.QuerySelectorAll("table:last-of-type tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(ledgerRows, r => r.Contains("organisation:", StringComparison.Ordinal) && r.Contains("1,234.56", StringComparison.Ordinal));
        await visitor.GetPageAsync($"/fund/programmes/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }
}
