using System.Net;
using System.Text.Json;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// Workbooks built to take the server's memory (issue 17, finding 4) are refused before they are read: 413 for a size,
/// 422 for what the content holds, each naming the limit and its value, and nothing is stored.
/// </summary>
public sealed class UploadingHostileWorkbooks(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly WorkbookLimits Limits = WorkbookLimits.Default;

    private async Task<JsonElement> RefusedAsync(byte[] file, HttpStatusCode status, string limit, long maximum)
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        var imports = await app.Database.CountAsync("datasets_imports");
        var figures = await app.FiguresAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "hostile.xlsx" }, { new StringContent("migrant-stock"), "kind" } };

        var problem = await (await client.PostAsync("/api/datasets", form)).ShouldBeProblemAsync(status);

        Assert.Equal(limit, problem.GetProperty("limit").GetString());
        Assert.Equal(maximum, problem.GetProperty("maximum").GetInt64());
        Assert.Contains($"limit '{limit}'", problem.GetProperty("detail").GetString());
        Assert.Equal(imports, await app.Database.CountAsync("datasets_imports"));
        Assert.Equal(figures, await app.FiguresAsync());
        return problem;
    }

    [Fact]
    public async Task Six_thousand_rows_with_a_cell_in_column_XFD_are_refused_naming_the_column_limit()
    {
        var file = HostileWorkbooks.WideRows();
        Assert.True(file.Length < 64 * 1024, $"{file.Length} bytes"); // the finding's file was 31 KB

        var problem = await RefusedAsync(file, HttpStatusCode.UnprocessableEntity, "columns", Limits.Columns);

        Assert.Contains("XFD1", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_100_MB_shared_string_compressed_to_a_small_file_is_refused_before_it_is_unpacked()
    {
        var file = HostileWorkbooks.HugeSharedString();
        Assert.True(file.Length < 200 * 1024, $"{file.Length} bytes"); // the finding's file was 104 KB

        var problem = await RefusedAsync(file, HttpStatusCode.RequestEntityTooLarge, "uncompressed-bytes", Limits.UncompressedBytes);

        Assert.Contains("xl/sharedStrings.xml declares 100 MB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_shared_string_longer_than_Excel_allows_in_a_cell_is_refused()
    {
        await RefusedAsync(HostileWorkbooks.HugeSharedString(Limits.TextLength + 1), HttpStatusCode.UnprocessableEntity, "text-length", Limits.TextLength);
    }

    [Fact]
    public async Task Shared_strings_holding_more_text_than_the_limit_are_refused()
    {
        var file = HostileWorkbooks.ManySharedStrings(Limits.TextCharacters + 30_000);

        await RefusedAsync(file, HttpStatusCode.UnprocessableEntity, "text-characters", Limits.TextCharacters);
    }

    [Fact]
    public async Task A_part_unpacking_to_50_MB_of_zeros_is_refused_by_its_compression_ratio()
    {
        var problem = await RefusedAsync(HostileWorkbooks.Bomb(50), HttpStatusCode.RequestEntityTooLarge, "compression-ratio", Limits.CompressionRatio);

        Assert.Contains("xl/media/image1.bin", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task More_sheets_than_the_limit_are_refused()
    {
        await RefusedAsync(HostileWorkbooks.Sheets(Limits.Sheets + 1), HttpStatusCode.UnprocessableEntity, "sheets", Limits.Sheets);
    }

    [Fact]
    public async Task Two_cells_far_apart_spanning_more_cells_than_the_limit_are_refused()
    {
        // A1 and ALL1001: 1,001 rows of 1,000 columns as the reader would hold them.
        var problem = await RefusedAsync(HostileWorkbooks.Sparse("ALL", 1_001), HttpStatusCode.UnprocessableEntity, "cells", Limits.Cells);

        Assert.Contains("1,001 rows × 1,000 columns", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_command_line_import_refuses_the_same_file_naming_the_limit_and_stores_nothing()
    {
        var imports = await app.Database.CountAsync("datasets_imports");

        var result = await app.ImportAsync(HostileWorkbooks.WideRows(), "wide.xlsx", "migrant-stock");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("wide.xlsx was not imported; nothing was stored.", result.Error);
        Assert.Contains("limit 'columns'", result.Error);
        Assert.Equal(imports, await app.Database.CountAsync("datasets_imports"));
    }
}
