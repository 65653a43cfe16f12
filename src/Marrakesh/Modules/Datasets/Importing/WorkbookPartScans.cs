using System.Globalization;
using System.Xml;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>What <see cref="WorkbookInspection"/> tells a part's scan as it streams the part's XML.</summary>
internal interface IPartScan
{
    void Start(XmlReader xml);
    void End(string element);
    void Text(long characters);
    void Finish();
}

/// <summary>workbook.xml: its sheets.</summary>
internal sealed class WorkbookScan(WorkbookInspection inspection, string part) : IPartScan
{
    public void Start(XmlReader xml)
    {
        if (xml.LocalName == "sheet")
        {
            inspection.CountSheet(part);
        }
    }

    public void End(string element) { }
    public void Text(long characters) { }
    public void Finish() { }
}

/// <summary>sharedStrings.xml: how many strings, and the characters each holds (the reader keeps them all).</summary>
internal sealed class SharedStringScan(WorkbookInspection inspection, string part) : IPartScan
{
    private long characters = -1; // of the current string; -1 outside one

    public void Start(XmlReader xml)
    {
        if (xml.LocalName == "si")
        {
            inspection.CountSharedString(part);
            characters = 0;
        }
    }

    public void End(string element)
    {
        if (element == "si")
        {
            characters = -1;
        }
    }

    public void Text(long count)
    {
        if (characters < 0)
        {
            return;
        }
        characters += count;
        if (characters > inspection.Limits.TextLength)
        {
            throw inspection.TextTooLong(part);
        }
        inspection.HoldText(count);
    }

    public void Finish() { }
}

/// <summary>
/// A worksheet: its cells, where each stands, and the rows and width ExcelDataReader (3.6) will hold. The reader takes a
/// row's number from r (else the row after the last), a cell's column from r (else the column after the last), makes
/// every sheet as wide as its widest row, and gives an empty row for every number skipped; the dimension element it
/// ignores, so a lying one costs nothing. This follows the same rules.
/// </summary>
internal sealed class SheetScan(WorkbookInspection inspection, string part) : IPartScan
{
    private readonly WorkbookLimits limits = inspection.Limits;
    private long nextRow, readerRow, rowsGiven, width, nextColumn, cellsInRow;
    private long? currentRow;
    private bool inRow;
    private long cellCharacters = -1; // of the current cell; -1 outside one
    private bool cellKeepsText;

    public void Start(XmlReader xml)
    {
        switch (xml.LocalName)
        {
            case "sheetData":
                nextRow = 0;
                currentRow = null;
                break;
            case "row":
                StartRow(xml.GetAttribute("r"));
                break;
            case "c":
                inspection.CountCell(part);
                if (inRow)
                {
                    StartCell(xml.GetAttribute("r"));
                }
                cellCharacters = 0;
                cellKeepsText = xml.GetAttribute("t") is "inlineStr" or "str";
                break;
            case "mergeCell" or "col":
                inspection.CountCell(part);
                break;
        }
    }

    public void End(string element)
    {
        if (element == "c")
        {
            cellCharacters = -1;
        }
        else if (element == "row")
        {
            inRow = false;
        }
    }

    public void Text(long characters)
    {
        if (cellCharacters < 0)
        {
            return;
        }
        cellCharacters += characters;
        if (cellCharacters > limits.TextLength)
        {
            throw inspection.TextTooLong(part);
        }
        if (cellKeepsText)
        {
            inspection.HoldText(characters);
        }
    }

    public void Finish() => inspection.CheckHeld(part, rowsGiven, width, finished: true);

    private void StartRow(string? reference)
    {
        inRow = true;
        nextColumn = 0;
        var row = int.TryParse(reference, out var number) ? number - 1L : nextRow;
        nextRow = row + 1;
        if (row == currentRow)
        {
            return; // the reader joins a row written in pieces
        }
        currentRow = row;
        cellsInRow = 0;
        // The reader gives every row up to this one (empty where skipped), or just this one when it comes out of order.
        rowsGiven += row >= readerRow ? row - readerRow + 1 : 1;
        readerRow = row >= readerRow ? row + 1 : readerRow + 1;
        inspection.CheckHeld(part, rowsGiven, width, finished: false);
    }

    private void StartCell(string? reference)
    {
        var column = Column(reference) ?? nextColumn;
        nextColumn = column + 1;
        if (column >= limits.Columns || ++cellsInRow > limits.Columns)
        {
            var where = column >= limits.Columns && reference is not null ? $"cell {reference}, column {WorkbookInspection.N(column + 1)}" : $"row {currentRow + 1}";
            throw WorkbookInspection.Content("columns", limits.Columns,
                $"The sheet in {part} reaches past column {WorkbookInspection.N(limits.Columns)} ({ImportProblem.ColumnLetter(limits.Columns - 1)}) at {where}; the limit is {WorkbookInspection.N(limits.Columns)} columns (limit 'columns').");
        }
        if (column + 1 > width)
        {
            width = column + 1;
            inspection.CheckHeld(part, rowsGiven, width, finished: false);
        }
    }

    /// <summary>The zero-based column of a reference such as XFD6, read as ExcelDataReader reads it; null when it reads none.</summary>
    private static long? Column(string? reference)
    {
        if (reference is null)
        {
            return null;
        }
        var letters = 0;
        long column = 0;
        while (letters < reference.Length && reference[letters] is >= 'A' and <= 'Z')
        {
            column = Math.Min(column * 26 + reference[letters] - 'A' + 1, int.MaxValue);
            letters++;
        }
        var digits = reference.AsSpan(letters);
        return letters > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? column - 1 : null;
    }
}
