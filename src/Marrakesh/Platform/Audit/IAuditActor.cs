namespace Marrakesh.Platform.Audit;

/// <summary>Who is writing, for the audit trail: a signed-in person, a CLI operator or the system.</summary>
public interface IAuditActor
{
    string Name { get; }
    string Channel { get; }
}

/// <summary>Writes made by the platform itself, such as loading reference data.</summary>
public sealed class SystemActor : IAuditActor
{
    public static readonly SystemActor Instance = new();
    public string Name => "system";
    public string Channel => "system";
}
