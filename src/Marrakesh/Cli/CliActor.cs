using Marrakesh.Platform.Audit;

namespace Marrakesh.Cli;

/// <summary>Writes from the command line are attributed to the operating-system user who ran them.</summary>
internal sealed class CliActor : IAuditActor
{
    public string Name => $"cli:{Environment.UserName}";
    public string Channel => "cli";
}
