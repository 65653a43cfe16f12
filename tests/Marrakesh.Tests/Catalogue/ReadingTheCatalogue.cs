using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Catalogue;

public sealed class ReadingTheCatalogue(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Lists_the_23_objectives_in_order_with_187_actions_in_all()
    {
        var objectives = (await (await client.GetAsync("/api/objectives")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal(Enumerable.Range(1, 23), objectives.Select(o => o.GetProperty("number").GetInt32()));
        Assert.Equal(187, objectives.Sum(o => o.GetProperty("actionsCount").GetInt32()));
        Assert.All(objectives, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("shortName").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("summary").GetString()));
        });
    }

    [Fact]
    public async Task Shows_one_objective_with_its_lettered_actions()
    {
        var objective = await (await client.GetAsync("/api/objectives/23")).ShouldBeJsonAsync();

        Assert.Equal("Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
            objective.GetProperty("title").GetString());
        Assert.Equal(objective.GetProperty("actionsCount").GetInt32(), objective.GetProperty("actions").GetArrayLength());
        Assert.Equal("a", objective.GetProperty("actions")[0].GetString());
        Assert.Equal("International cooperation", objective.GetProperty("shortNames").GetProperty("en").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("24")]
    public async Task An_objective_outside_1_to_23_is_not_found(string number)
    {
        var problem = await (await client.GetAsync($"/api/objectives/{number}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(number, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task A_malformed_objective_number_is_a_bad_request_naming_the_field(string number) =>
        await (await client.GetAsync($"/api/objectives/{number}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "number");

    [Fact]
    public async Task Lists_the_ten_guiding_principles_with_kebab_case_keys()
    {
        var principles = (await (await client.GetAsync("/api/principles")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal(10, principles.Count);
        Assert.Equal("abcdefghij", string.Concat(principles.Select(p => p.GetProperty("letter").GetString())));
        var keys = principles.Select(p => p.GetProperty("key").GetString()!).ToList();
        Assert.Contains("whole-of-society", keys);
        Assert.Contains("people-centred", keys);
        Assert.All(keys, k => Assert.Matches("^[a-z]+(-[a-z]+)*$", k));
    }
}
