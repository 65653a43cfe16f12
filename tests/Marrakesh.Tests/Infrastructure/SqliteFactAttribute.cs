namespace Marrakesh.Tests.Infrastructure;

/// <summary>A test about SQLite's own storage, skipped (saying why) in the PostgreSQL pass.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Skip = "SQLite only: PostgreSQL has no WITHOUT ROWID tables; this runs in the SQLite pass.";
        }
    }
}
