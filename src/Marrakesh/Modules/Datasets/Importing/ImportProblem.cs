namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>Something in a file that stops it from being imported, with where it is (sheet, row, column).</summary>
public sealed record ImportProblem(string? Sheet, int? Row, string? Column, string Message)
{
    /// <summary>Where the problem is, spreadsheet style: <c>Table 1!F13</c>, <c>line 7, column "2019"</c> or the file.</summary>
    public string Where => (Sheet, Row, Column) switch
    {
        (null, null, null) => "file",
        ({ } sheet, { } row, { } column) when column.All(char.IsAsciiLetterUpper) => $"{sheet}!{column}{row}",
        _ => string.Join(", ", new[] { Sheet is null ? null : $"sheet '{Sheet}'", Row is null ? null : $"row {Row}", Column is null ? null : $"column {Column}" }
            .Where(p => p is not null)),
    };

    public override string ToString() => $"{Where}: {Message}";

    /// <summary>The spreadsheet letter of a zero-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }
}

/// <summary>A file was refused: every problem found, and nothing was stored.</summary>
public sealed class ImportRejectedException(IReadOnlyList<ImportProblem> problems)
    : Exception($"The file was not imported; {problems.Count} problem(s) found. First: {problems[0]}")
{
    /// <summary>At most this many problems are reported; a wholly wrong file would otherwise list thousands.</summary>
    public const int MaxReported = 200;

    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}
