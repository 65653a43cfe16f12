using System.CommandLine;
using Marrakesh.Platform.Audit;

namespace Marrakesh.Cli;

/// <summary><c>audit verify</c>: seals new entries, recomputes the whole chain and names every break; exits 1 on any.</summary>
internal sealed class AuditVerbs(CliHost host, TextWriter output, TextWriter error)
{
    public Command Audit()
    {
        var verify = new Command("verify", "Seal new audit entries, recompute every link of the chain and name each entry or link that no longer matches.");
        verify.SetAction((_, ct) => host.RunAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(ct);
            if (result.Intact)
            {
                await output.WriteLineAsync($"OK: {result.Count} audit entries chained; head {result.HeadHash}");
                return 0;
            }
            foreach (var broken in result.Listed)
            {
                await output.WriteLineAsync(broken.ToString());
            }
            if (result.Breaks > result.Listed.Count)
            {
                await output.WriteLineAsync($"… and {result.Breaks - result.Listed.Count} more");
            }
            await error.WriteLineAsync($"error: the audit chain is broken in {result.Breaks} place(s) among {result.Count} links.");
            return 1;
        }, ct));
        return new Command("audit", "Check the audit trail.") { verify };
    }
}
