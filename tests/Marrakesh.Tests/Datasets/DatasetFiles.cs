using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>Writes a test's file to a temporary folder and imports it through the CLI, the way an operator does.</summary>
public static class DatasetFiles
{
    public static async Task<CliResult> ImportAsync(this MarrakeshApp app, byte[] content, string fileName, params string[] verb)
    {
        var folder = Directory.CreateTempSubdirectory("marrakesh-data-");
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            await File.WriteAllBytesAsync(path, content);
            return await app.RunCliAsync(["import", verb[0], path, .. verb[1..]]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The rows of the figures' tables (a series or a matrix row each).</summary>
    public static async Task<long> FiguresAsync(this MarrakeshApp app) =>
        await app.Database.CountAsync("datasets_stock_series") + await app.Database.CountAsync("datasets_corridor_rows")
        + await app.Database.CountAsync("datasets_indicator_tables");
}
