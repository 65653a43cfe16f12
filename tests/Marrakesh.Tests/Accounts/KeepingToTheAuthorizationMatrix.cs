using Marrakesh.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Marrakesh.Tests.Accounts;

/// <summary>The app with the callers and records of the authorization matrix; open-data reads are not rate-limited.</summary>
public sealed class MatrixApp : MarrakeshApp
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["MARRAKESH_RATE_LIMIT"] = "0" };

    public MatrixChecker Checker { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var callers = await MatrixCallers.CreateAsync(this);
        Checker = new MatrixChecker(callers, new MatrixCalls(this, callers, new MatrixRecords(callers)));
    }
}

/// <summary>
/// Every operation of the API, called by every kind of caller, answers as <c>authorization-matrix.md</c> says
/// (issue 17): nobody gets what they should not, and an answer names a person's email only to the secretariat and admins.
/// </summary>
public sealed class KeepingToTheAuthorizationMatrix(MatrixApp app, ITestOutputHelper output) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task The_matrix_lists_every_operation_of_the_API_and_nothing_else()
    {
        Assert.Empty(AuthorizationMatrix.CoverageProblems(await OperationsAsync(), AuthorizationMatrix.Read()));
    }

    [Fact]
    public async Task Every_cell_of_the_matrix_holds()
    {
        var report = await app.Checker.CheckAsync(AuthorizationMatrix.Read());

        output.WriteLine($"{report.Cells} cells, {report.AnswersCheckedForEmails} answers checked for emails, {report.Violations.Count} violations");
        output.WriteLine($"allowed cells answered: {string.Join(", ", report.AllowedStatuses.Select(s => $"{s.Key} × {s.Value}"))}");
        Assert.True(report.Violations.Count == 0,
            $"{report.Violations.Count} of {report.Cells} cells do not hold:\n{string.Join('\n', report.Violations)}");
    }

    [Fact]
    public async Task Canary_a_cell_expecting_a_refusal_where_the_app_allows_is_reported()
    {
        var me = AuthorizationMatrix.Read().Single(r => r.Key == "GET /api/me");

        var report = await app.Checker.CheckAsync([me.Expecting("stakeholder", Access.Deny).Expecting("anonymous", Access.Allow)]);

        Assert.Equal(MatrixCallers.Names.Count, report.Cells);
        Assert.Collection(report.Violations.Order(StringComparer.Ordinal),
            v => Assert.StartsWith("GET /api/me as anonymous: expected allow, got 401", v, StringComparison.Ordinal),
            v => Assert.StartsWith("GET /api/me as stakeholder: expected deny, got 200", v, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Canary_an_operation_missing_from_the_matrix_and_a_row_for_none_are_reported()
    {
        var rows = AuthorizationMatrix.Read().Where(r => r.Operation != "DELETE /api/tokens/{id}")
            .Append(new MatrixRow("DELETE /api/objectives/{number}", "", new Dictionary<string, Access>()));

        Assert.Equal(
            ["DELETE /api/tokens/{id}: in the API but not in the matrix", "DELETE /api/objectives/{number}: in the matrix but not in the API"],
            AuthorizationMatrix.CoverageProblems(await OperationsAsync(), rows));
    }

    /// <summary>Every operation the API's own document lists, as "METHOD /path".</summary>
    private async Task<IEnumerable<string>> OperationsAsync()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeJsonAsync();
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(o => $"{o.Name.ToUpperInvariant()} {path.Name}"));
    }
}
