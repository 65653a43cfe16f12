using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marrakesh.Platform.Data;

/// <summary>
/// Every SQLite connection the app opens commits with <c>synchronous = FULL</c>: in WAL mode the log is flushed to disk
/// at each commit, so a committed write survives a power cut or an operating-system crash, not only a killed process
/// (NORMAL may lose the last commits then). The setting belongs to the connection, so it is set on every open: a
/// pooled connection that someone switched to a faster mode comes back to FULL, and the promise does not hang on how
/// the native SQLite library was compiled.
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    private const string Full = "PRAGMA synchronous = FULL";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Full;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Full;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
