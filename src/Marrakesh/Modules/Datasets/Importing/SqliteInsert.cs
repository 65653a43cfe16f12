using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// SQLite: multi-row INSERT statements, prepared once per batch size and bound by position through SQLite's own API
/// on the import's connection (so inside its transaction). Microsoft.Data.Sqlite looks every parameter up by name on
/// each execution and boxes every value; when a row held one figure, that cost more than SQLite's own work.
/// </summary>
internal static class SqliteInsert
{
    /// <summary>Rows per statement: enough to spread the cost of a statement, far below SQLite's 32,766 variables.</summary>
    public const int BatchRows = 128;

    /// <summary>
    /// SQLite keeps about 2 MB of pages per connection; an import that writes and replaces several MB of pages (the
    /// origin × destination CSV: 150,000 figures) would otherwise spill and reread them. The connection is pooled, so
    /// the default comes back after.
    /// </summary>
    public static async Task<IAsyncDisposable> LargeCacheAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -32768", cancellationToken); // KiB: up to 32 MB, taken only as pages are used
        return new Restore(db);
    }

    private sealed class Restore(DbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", CancellationToken.None); // SQLite's default
    }

    public static void Write(SqliteConnection connection, Guid importId, ParsedDataset parsed, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The import's connection is not open.");
        Insert(db, FigureTables.Stock, [.. parsed.StockSeries(importId)], cancellationToken);
        Insert(db, FigureTables.Corridors, [.. parsed.CorridorRows(importId)], cancellationToken);
        Insert(db, FigureTables.Indicators, [.. parsed.IndicatorTables(importId)], cancellationToken);
    }

    private static void Insert<T>(sqlite3 db, FigureTable<T> table, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        sqlite3_stmt? full = null;
        sqlite3_stmt? last = null;
        try
        {
            var row = new Row(db);
            var remaining = rows.Count;
            var inBatch = 0;
            foreach (var value in rows)
            {
                if (inBatch == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Every batch is full but the last, which gets a statement of its own size.
                    row.Start(remaining >= BatchRows
                        ? full ??= Prepare(db, table, BatchRows)
                        : last = Prepare(db, table, remaining));
                }
                foreach (var column in table.Columns)
                {
                    row.Bind(column.Type, column.Value(value));
                }
                if (++inBatch == BatchRows || inBatch == remaining)
                {
                    row.Execute();
                    remaining -= inBatch;
                    inBatch = 0;
                }
            }
        }
        finally
        {
            full?.Dispose();
            last?.Dispose();
        }
    }

    private static sqlite3_stmt Prepare<T>(sqlite3 db, FigureTable<T> table, int rows)
    {
        var values = $"({string.Join(", ", Enumerable.Repeat("?", table.Columns.Count))})";
        var sql = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES {string.Join(", ", Enumerable.Repeat(values, rows))}";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return statement;
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>Binds one statement's values in order, typed (SQLite stores booleans as 0 and 1).</summary>
    private sealed class Row(sqlite3 db)
    {
        private sqlite3_stmt statement = null!;
        private int next;

        public void Start(sqlite3_stmt batch)
        {
            statement = batch;
            next = 1;
        }

        public void Bind(FigureColumnType type, object value) => Check(db, type switch
        {
            // EF Core's SQLite provider stores Guids as upper-case text; the figures' key must match the import row's.
            FigureColumnType.ImportId => raw.sqlite3_bind_text(statement, next++, ((Guid)value).ToString().ToUpperInvariant()),
            FigureColumnType.Number => raw.sqlite3_bind_int64(statement, next++, (int)value),
            FigureColumnType.Flag => raw.sqlite3_bind_int64(statement, next++, (bool)value ? 1 : 0),
            _ => raw.sqlite3_bind_text(statement, next++, (string)value),
        });

        public void Execute()
        {
            Check(db, raw.sqlite3_step(statement));
            Check(db, raw.sqlite3_reset(statement));
            next = 1;
        }
    }
}
