using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// The migration <c>DatasetFiguresAsSeries</c> moves the figures from a row each into a row per series or matrix row (see
/// <see cref="DatasetFactsConfiguration"/>), keeping every figure: between creating the new tables and dropping the old
/// ones it fills the new from the old, in SQL each database understands; its Down does the reverse. The JSON is the
/// layout <see cref="FigureJson"/> reads, its small arrays in key order. On SQLite numbers are printed with 17
/// significant digits (<c>%!.17g</c>; SQLite's JSON functions print 15), enough for each to read back as the same
/// double; PostgreSQL prints the shortest exact form.
/// </summary>
public static class DatasetSeriesConversion
{
    private const string SqliteNumber = "printf('%!.17g', \"Value\")";

    public static void ToSeries(MigrationBuilder migration) => migration.Sql(IsSqlite(migration)
        ? $"""
          INSERT INTO datasets_stock_series ("ImportId", "Measure", "Location", "IsAggregate", "Points")
          SELECT "ImportId", "Measure", "Location", max("IsAggregate"),
                 '[' || group_concat('[' || "Year" || ',"' || "Sex" || '",' || {SqliteNumber} || ']', ',' ORDER BY "Year", "Sex") || ']'
          FROM datasets_migrant_stock GROUP BY "ImportId", "Measure", "Location";
          INSERT INTO datasets_corridor_rows ("ImportId", "Year", "Origin", "OriginIsAggregate", "Destinations", "AggregateDestinations")
          SELECT "ImportId", "Year", "Origin", max("OriginIsAggregate"),
                 '[' || coalesce(group_concat(CASE WHEN NOT "DestinationIsAggregate" THEN '["' || "Destination" || '",' || {SqliteNumber} || ']' END, ',' ORDER BY "Destination"), '') || ']',
                 '[' || coalesce(group_concat(CASE WHEN "DestinationIsAggregate" THEN '["' || "Destination" || '",' || {SqliteNumber} || ']' END, ',' ORDER BY "Destination"), '') || ']'
          FROM datasets_corridors GROUP BY "ImportId", "Year", "Origin";
          INSERT INTO datasets_indicator_tables ("ImportId", "Indicator", "Places", "AggregatePlaces")
          SELECT "ImportId", "Indicator",
                 '[' || coalesce(group_concat(CASE WHEN NOT "IsAggregate" THEN '["' || "Location" || '",' || "Year" || ',' || {SqliteNumber} || ']' END, ',' ORDER BY "Location", "Year"), '') || ']',
                 '[' || coalesce(group_concat(CASE WHEN "IsAggregate" THEN '["' || "Location" || '",' || "Year" || ',' || {SqliteNumber} || ']' END, ',' ORDER BY "Location", "Year"), '') || ']'
          FROM datasets_indicator_values GROUP BY "ImportId", "Indicator";
          """
        : """
          INSERT INTO datasets_stock_series ("ImportId", "Measure", "Location", "IsAggregate", "Points")
          SELECT "ImportId", "Measure", "Location", bool_or("IsAggregate"),
                 json_agg(json_build_array("Year", "Sex", "Value") ORDER BY "Year", "Sex" COLLATE "C")::text
          FROM datasets_migrant_stock GROUP BY "ImportId", "Measure", "Location";
          INSERT INTO datasets_corridor_rows ("ImportId", "Year", "Origin", "OriginIsAggregate", "Destinations", "AggregateDestinations")
          SELECT "ImportId", "Year", "Origin", bool_or("OriginIsAggregate"),
                 coalesce(json_agg(json_build_array("Destination", "Value") ORDER BY "Destination" COLLATE "C") FILTER (WHERE NOT "DestinationIsAggregate"), '[]'::json)::text,
                 coalesce(json_agg(json_build_array("Destination", "Value") ORDER BY "Destination" COLLATE "C") FILTER (WHERE "DestinationIsAggregate"), '[]'::json)::text
          FROM datasets_corridors GROUP BY "ImportId", "Year", "Origin";
          INSERT INTO datasets_indicator_tables ("ImportId", "Indicator", "Places", "AggregatePlaces")
          SELECT "ImportId", "Indicator",
                 coalesce(json_agg(json_build_array("Location", "Year", "Value") ORDER BY "Location" COLLATE "C", "Year") FILTER (WHERE NOT "IsAggregate"), '[]'::json)::text,
                 coalesce(json_agg(json_build_array("Location", "Year", "Value") ORDER BY "Location" COLLATE "C", "Year") FILTER (WHERE "IsAggregate"), '[]'::json)::text
          FROM datasets_indicator_values GROUP BY "ImportId", "Indicator";
          """);

    public static void ToFigures(MigrationBuilder migration) => migration.Sql(IsSqlite(migration)
        ? """
          INSERT INTO datasets_migrant_stock ("ImportId", "Measure", "Location", "Year", "Sex", "IsAggregate", "Value")
          SELECT s."ImportId", s."Measure", s."Location", p.value ->> 0, p.value ->> 1, s."IsAggregate", p.value ->> 2
          FROM datasets_stock_series s, json_each(s."Points") p;
          INSERT INTO datasets_corridors ("ImportId", "Year", "Origin", "Destination", "Kind", "OriginIsAggregate", "DestinationIsAggregate", "Value")
          SELECT r."ImportId", r."Year", r."Origin", c.value ->> 0, substr(i."Holds", 11), r."OriginIsAggregate", 0, c.value ->> 1
          FROM datasets_corridor_rows r JOIN datasets_imports i ON i."Id" = r."ImportId", json_each(r."Destinations") c;
          INSERT INTO datasets_corridors ("ImportId", "Year", "Origin", "Destination", "Kind", "OriginIsAggregate", "DestinationIsAggregate", "Value")
          SELECT r."ImportId", r."Year", r."Origin", c.value ->> 0, substr(i."Holds", 11), r."OriginIsAggregate", 1, c.value ->> 1
          FROM datasets_corridor_rows r JOIN datasets_imports i ON i."Id" = r."ImportId", json_each(r."AggregateDestinations") c;
          INSERT INTO datasets_indicator_values ("ImportId", "Indicator", "Location", "Year", "IsAggregate", "Value")
          SELECT t."ImportId", t."Indicator", p.value ->> 0, p.value ->> 1, 0, p.value ->> 2
          FROM datasets_indicator_tables t, json_each(t."Places") p;
          INSERT INTO datasets_indicator_values ("ImportId", "Indicator", "Location", "Year", "IsAggregate", "Value")
          SELECT t."ImportId", t."Indicator", p.value ->> 0, p.value ->> 1, 1, p.value ->> 2
          FROM datasets_indicator_tables t, json_each(t."AggregatePlaces") p;
          """
        : """
          INSERT INTO datasets_migrant_stock ("ImportId", "Measure", "Location", "Year", "Sex", "IsAggregate", "Value")
          SELECT s."ImportId", s."Measure", s."Location", (p ->> 0)::int, p ->> 1, s."IsAggregate", (p ->> 2)::float8
          FROM datasets_stock_series s, json_array_elements(s."Points"::json) p;
          INSERT INTO datasets_corridors ("ImportId", "Year", "Origin", "Destination", "Kind", "OriginIsAggregate", "DestinationIsAggregate", "Value")
          SELECT r."ImportId", r."Year", r."Origin", c.cell ->> 0, substr(i."Holds", 11), r."OriginIsAggregate", c.aggregate, (c.cell ->> 1)::float8
          FROM datasets_corridor_rows r JOIN datasets_imports i ON i."Id" = r."ImportId",
               LATERAL (SELECT e, false FROM json_array_elements(r."Destinations"::json) e
                        UNION ALL SELECT e, true FROM json_array_elements(r."AggregateDestinations"::json) e) AS c(cell, aggregate);
          INSERT INTO datasets_indicator_values ("ImportId", "Indicator", "Location", "Year", "IsAggregate", "Value")
          SELECT t."ImportId", t."Indicator", v.cell ->> 0, (v.cell ->> 1)::int, v.aggregate, (v.cell ->> 2)::float8
          FROM datasets_indicator_tables t,
               LATERAL (SELECT e, false FROM json_array_elements(t."Places"::json) e
                        UNION ALL SELECT e, true FROM json_array_elements(t."AggregatePlaces"::json) e) AS v(cell, aggregate);
          """);

    private static bool IsSqlite(MigrationBuilder migration) => migration.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
}
