using Marrakesh.Platform.Data;
using Microsoft.Extensions.Configuration;

namespace Marrakesh.Tests.Platform;

public sealed class ChoosingTheDatabase
{
    private static DatabaseSettings From(params (string Key, string Value)[] values) =>
        DatabaseSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());

    [Theory]
    [InlineData("Host=db;Database=marrakesh;Username=m;Password=p", DatabaseProvider.Postgres)]
    [InlineData("Server=db;Database=marrakesh", DatabaseProvider.Postgres)]
    [InlineData("/var/lib/marrakesh/site.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=/tmp/x.db;Cache=Shared", DatabaseProvider.Sqlite)]
    public void MARRAKESH_DB_holds_a_path_or_a_connection_string(string value, DatabaseProvider expected) =>
        Assert.Equal(expected, From(("MARRAKESH_DB", value)).Provider);

    [Fact]
    public void The_default_is_an_SQLite_file_under_data_that_migrates_itself()
    {
        var settings = From();

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.EndsWith(Path.Combine("data", "marrakesh.db"), settings.Describe());
        Assert.True(settings.AutoMigrate);
    }

    [Fact]
    public void PostgreSQL_does_not_migrate_on_start_unless_asked()
    {
        Assert.False(From(("MARRAKESH_DB", "Host=db")).AutoMigrate);
        Assert.True(From(("MARRAKESH_DB", "Host=db"), ("MARRAKESH_AUTO_MIGRATE", "true")).AutoMigrate);
    }

    [Fact]
    public void Descriptions_never_show_a_password() =>
        Assert.DoesNotContain("secret", From(("MARRAKESH_DB", "Host=db;Username=m;Password=secret")).Describe());
}
