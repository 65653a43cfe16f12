using System.Globalization;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>
/// How much to fuzz, from the environment: MARRAKESH_FUZZ_CASES (default 2,000, what CI runs), MARRAKESH_FUZZ_SEED (a
/// seed CsCheck printed for a failing case: replays that case; alone it runs just it) and MARRAKESH_FUZZ_REPORT (a
/// file the figures are appended to, for bench/run-fuzz).
/// </summary>
public sealed record FuzzSettings(int Cases, string? Seed, string? ReportFile)
{
    public const int CiCases = 2_000;

    public static FuzzSettings FromEnvironment()
    {
        var seed = Variable("MARRAKESH_FUZZ_SEED");
        var cases = Variable("MARRAKESH_FUZZ_CASES") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : seed is null ? CiCases : 1;
        return new(cases, seed, Variable("MARRAKESH_FUZZ_REPORT"));
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
