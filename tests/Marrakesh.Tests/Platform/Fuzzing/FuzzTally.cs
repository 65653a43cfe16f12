using System.Globalization;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>What the fuzzer sent and what came back, for the test's output and bench/results.md.</summary>
public sealed class FuzzTally
{
    private readonly SortedDictionary<int, int> statuses = [];

    public int Requests { get; private set; }
    public int ServerErrors { get; private set; }
    public int BareErrors { get; private set; }
    public int RefusedWritesThatChangedSomething { get; private set; }
    public int WritesRefused { get; private set; }
    public int WritesAccepted { get; private set; }

    public void Answered(int status) { Requests++; statuses[status] = statuses.GetValueOrDefault(status) + 1; if (status >= 500) { ServerErrors++; } }
    public void Bare() => BareErrors++;
    public void Changed() => RefusedWritesThatChangedSomething++;
    public void Write(bool refused) { if (refused) { WritesRefused++; } else { WritesAccepted++; } }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"requests={Requests} 5xx={ServerErrors} non-problem-errors={BareErrors} refused-writes={WritesRefused} " +
        $"refused-writes-that-changed-something={RefusedWritesThatChangedSomething} accepted-writes={WritesAccepted} " +
        $"statuses={string.Join(",", statuses.Select(s => $"{s.Key}:{s.Value}"))}");
}
