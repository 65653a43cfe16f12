using System.Globalization;
using System.Text;
using CsvHelper;
using Marrakesh.Platform.Text;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// The open-data lists as CSV, and the statistical series as SDMX-CSV 1.0 (a DATAFLOW column first, then the
/// dimensions, TIME_PERIOD, OBS_VALUE and attributes; sexes coded T/M/F as in the SDMX code list CL_SEX).
/// </summary>
internal static class DatasetCsv
{
    public const string SdmxMediaType = "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8";
    public const string Agency = "MARRAKESH";

    public static byte[] MigrantStock(IEnumerable<MigrantStockItem> items) => Write(csv =>
    {
        Fields(csv, "destination", "name", "is_aggregate", "year", "sex", "measure", "revision", "value");
        foreach (var i in items)
        {
            Fields(csv, i.Destination, i.Name, i.IsAggregate ? "true" : "false", Number(i.Year), i.Sex, i.Measure, i.Revision, Number(i.Value));
        }
    });

    public static byte[] Corridors(IEnumerable<CorridorItem> items) => Write(csv =>
    {
        Fields(csv, "origin", "destination", "year", "kind", "value", "revision");
        foreach (var i in items)
        {
            Fields(csv, i.Origin, i.Destination, Number(i.Year), i.Kind, Number(i.Value), i.Revision);
        }
    });

    /// <summary>Every figure of a State's profile, a row each, with the section it belongs to and its source.</summary>
    public static byte[] StateMigration(StateMigrationOutput m) => Write(csv =>
    {
        Fields(csv, "state", "section", "measure", "partner", "year", "sex", "value", "unit", "source", "revision");
        foreach (var (section, series) in new[]
        {
            ("migrant-stock", m.MigrantStock), ("share", m.Share), ("refugees", m.Refugees),
            ("remittances-received", m.RemittancesReceived), ("remittances-sent", m.RemittancesSent),
        })
        {
            foreach (var p in series?.Points ?? [])
            {
                Fields(csv, m.Code, section, series!.Measure, "", Number(p.Year), p.Sex, Number(p.Value), series.Unit, series.Source.Title, series.Source.Revision);
            }
        }
        foreach (var (section, list, origins) in new[] { ("top-origins", m.TopOrigins, true), ("top-destinations", m.TopDestinations, false) })
        {
            foreach (var c in list?.Items ?? [])
            {
                Fields(csv, m.Code, section, c.Kind, origins ? c.Origin : c.Destination, Number(c.Year), "both", Number(c.Value), "persons",
                    list!.Source.Title, list.Source.Revision);
            }
        }
    });

    public static byte[] Indicator(IEnumerable<IndicatorItem> items) => Write(csv =>
    {
        Fields(csv, "indicator", "state", "is_aggregate", "year", "value", "revision");
        foreach (var i in items)
        {
            Fields(csv, i.Indicator, i.State, i.IsAggregate ? "true" : "false", Number(i.Year), Number(i.Value), i.Revision);
        }
    });

    public static byte[] MigrantStockSdmx(IEnumerable<MigrantStockItem> items, string source) => Write(csv =>
    {
        Fields(csv, "DATAFLOW", "FREQ", "REF_AREA", "SEX", "MEASURE", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "DATA_SOURCE", "REVISION");
        foreach (var i in items)
        {
            Fields(csv, $"{Agency}:DF_MIGRANT_STOCK(1.0)", "A", i.Destination, SexCode(i.Sex), i.Measure.ToUpperInvariant().Replace('-', '_'),
                Number(i.Year), Number(i.Value), i.Measure.EndsWith("share", StringComparison.Ordinal) ? "PT" : "PS", source, i.Revision);
        }
    });

    /// <summary>REF_AREA is the destination (for remittances, the receiving country), COUNTERPART_AREA the origin.</summary>
    public static byte[] CorridorsSdmx(IEnumerable<CorridorItem> items, string source) => Write(csv =>
    {
        Fields(csv, "DATAFLOW", "FREQ", "REF_AREA", "COUNTERPART_AREA", "MEASURE", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "DATA_SOURCE", "REVISION");
        foreach (var i in items)
        {
            Fields(csv, $"{Agency}:DF_CORRIDORS(1.0)", "A", i.Destination, i.Origin, i.Kind.ToUpperInvariant(), Number(i.Year), Number(i.Value),
                i.Kind == "remittances" ? "USD" : "PS", source, i.Revision);
        }
    });

    public static byte[] IndicatorSdmx(IEnumerable<IndicatorItem> items, string source) => Write(csv =>
    {
        Fields(csv, "DATAFLOW", "FREQ", "REF_AREA", "INDICATOR", "TIME_PERIOD", "OBS_VALUE", "DATA_SOURCE", "REVISION");
        foreach (var i in items)
        {
            Fields(csv, $"{Agency}:DF_INDICATORS(1.0)", "A", i.State, i.Indicator, Number(i.Year), Number(i.Value), source, i.Revision);
        }
    });

    private static string SexCode(string sex) => sex switch { "male" => "M", "female" => "F", _ => "T" };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Fields(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(CsvCell.Inert(field));
        }
        csv.NextRecord();
    }

    private static byte[] Write(Action<CsvWriter> body)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            body(csv);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
