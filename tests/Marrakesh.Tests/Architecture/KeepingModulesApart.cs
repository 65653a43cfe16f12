namespace Marrakesh.Tests.Architecture;

public sealed class KeepingModulesApart
{
    [Fact]
    public void Modules_use_each_other_only_through_contracts()
    {
        var violations = ModuleBoundaries.Violations(typeof(Program).Assembly.Location, "Marrakesh");

        Assert.True(violations.Count == 0, "Use the other module's …Contract instead:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Canary_the_rule_catches_a_module_reaching_into_another()
    {
        var violations = ModuleBoundaries.Violations(typeof(KeepingModulesApart).Assembly.Location, "Marrakesh.Tests.Architecture.Canary");

        var violation = Assert.Single(violations);
        Assert.Contains("Alpha.Reaching uses Marrakesh.Tests.Architecture.Canary.Modules.Beta.BetaInternals", violation);
    }
}
