namespace Marrakesh.Platform.Audit;

/// <summary>
/// Marks rows the audit trail skips because another audited row already attributes them: the legs of a ledger
/// transaction (the transaction names who posted it) and the replay cache of idempotent requests.
/// </summary>
public interface INotAudited;
