using System.Runtime.CompilerServices;

namespace Marrakesh.Tests.Accounts;

/// <summary>What a cell of the authorization matrix expects (the legend of <c>authorization-matrix.md</c>).</summary>
public enum Access
{
    /// <summary>Gets past authorization: any answer but 401, 403 or 404.</summary>
    Allow,
    /// <summary>401 without a working token, 403 when signed in.</summary>
    Deny,
    /// <summary>404: to this caller the record does not exist.</summary>
    Hidden,
}

/// <summary>One row of the matrix: an operation (on one kind of record, when that matters) and what each caller gets.</summary>
public sealed record MatrixRow(string Operation, string Record, IReadOnlyDictionary<string, Access> Cells)
{
    public string Key => Record.Length == 0 ? Operation : $"{Operation} ({Record})";

    public MatrixRow Expecting(string caller, Access access) =>
        this with { Cells = new Dictionary<string, Access>(Cells) { [caller] = access } };
}

/// <summary>Reads the matrix file, checks it lists exactly the API's operations, and judges one answer against a cell.</summary>
public static class AuthorizationMatrix
{
    public static IReadOnlyList<MatrixRow> Read([CallerFilePath] string thisFile = "") =>
        Parse(File.ReadAllLines(Path.Combine(Path.GetDirectoryName(thisFile)!, "authorization-matrix.md")));

    /// <summary>The rows of the Markdown table whose header starts with "operation".</summary>
    public static IReadOnlyList<MatrixRow> Parse(IEnumerable<string> lines)
    {
        var table = lines.Where(l => l.StartsWith('|')).Select(Split).ToList();
        var header = table[0];
        Assert.Equal(["operation", "record", .. MatrixCallers.Names], header);
        return [.. table.Skip(2).Select(cells => new MatrixRow(cells[0], cells[1],
            header.Skip(2).Zip(cells.Skip(2)).ToDictionary(c => c.First, c => Enum.Parse<Access>(c.Second, ignoreCase: true))))];
    }

    /// <summary>Operations ("GET /api/x") with no row, and rows whose operation the API no longer has.</summary>
    public static IReadOnlyList<string> CoverageProblems(IEnumerable<string> operations, IEnumerable<MatrixRow> rows)
    {
        var listed = rows.Select(r => r.Operation).ToHashSet(StringComparer.Ordinal);
        var existing = operations.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. existing.Except(listed).Order(StringComparer.Ordinal).Select(o => $"{o}: in the API but not in the matrix"),
            .. listed.Except(existing).Order(StringComparer.Ordinal).Select(o => $"{o}: in the matrix but not in the API"),
        ];
    }

    /// <summary>Whether an answer's status is what the cell expects; a server error never is.</summary>
    public static bool Holds(Access expected, bool signedIn, int status) => status < 500 && expected switch
    {
        Access.Allow => status is not (401 or 403 or 404),
        Access.Deny => status == (signedIn ? 403 : 401),
        Access.Hidden => status == 404,
        _ => false,
    };

    private static string[] Split(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
