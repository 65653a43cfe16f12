using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.States;

/// <summary>
/// The lookups other modules use (names, regions, codes by ISO3) read two columns and track nothing: loading whole
/// States tracked 195 entities in the request's context, and every later SaveChanges in it scanned them all (an import
/// spent about 15 ms a save on that).
/// </summary>
public sealed class LookingUpStates(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Lookups_give_each_State_s_value_and_leave_the_context_empty()
    {
        (await app.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode(); // the app migrates and seeds as it starts
        await using var scope = app.Services.CreateAsyncScope();
        var states = scope.ServiceProvider.GetRequiredService<StatesContract>();

        var names = await states.NamesAsync(CancellationToken.None);
        var regions = await states.RegionsAsync(CancellationToken.None);
        var iso2 = await states.Iso2CodesAsync(CancellationToken.None);
        var m49 = await states.NamesAndM49CodesAsync(CancellationToken.None);

        Assert.Equal(195, names.Count);
        Assert.Equal("Morocco", names["MAR"]);
        Assert.Equal("Africa", regions["MAR"]);
        Assert.Equal("MA", iso2["MAR"]);
        Assert.Equal(("Morocco", "504"), m49["MAR"]);
        Assert.Equal(195, m49.Count);
        Assert.Empty(scope.ServiceProvider.GetRequiredService<AppDbContext>().ChangeTracker.Entries());
    }
}
