namespace Marrakesh.Modules.Fund;

/// <summary>
/// The ledger's account names. Money enters from <see cref="Contributions"/> (whose balance is minus all deposits) or
/// <see cref="Income"/> (the fund's investment income),
/// sits in a pool per earmark, moves into a programme (one sub-account per pool, so earmarks survive the move) and
/// on to participating organisations. The administrative agent's fees sit in <see cref="Fees"/>.
/// </summary>
public static class LedgerAccounts
{
    public const string Contributions = "contributions";
    public const string Income = "income";
    public const string Fees = "fees:administrative-agent";
    private const string PoolPrefix = "pool:";
    private const string ProgrammePrefix = "programme:";
    private const string OrganisationPrefix = "organisation:";

    public static string Pool(string earmark) => PoolPrefix + earmark;

    public static string Programme(Guid programme, string earmark) => $"{ProgrammePrefix}{programme:N}:{earmark}";

    public static string ProgrammePrefixOf(Guid programme) => $"{ProgrammePrefix}{programme:N}:";

    public static string Organisation(Guid programme, string organisation) => $"{OrganisationPrefix}{programme:N}:{organisation}";

    public static string OrganisationPrefixOf(Guid programme) => $"{OrganisationPrefix}{programme:N}:";

    /// <summary>Where money comes from: negative by construction.</summary>
    public static bool IsSource(string account) => account is Contributions or Income;

    /// <summary>Pools, programmes and organisations must never go below zero.</summary>
    public static bool IsGuarded(string account) => !IsSource(account);

    public static bool IsPool(string account) => account.StartsWith(PoolPrefix, StringComparison.Ordinal);

    public static bool IsProgramme(string account) => account.StartsWith(ProgrammePrefix, StringComparison.Ordinal);

    public static bool IsOrganisation(string account) => account.StartsWith(OrganisationPrefix, StringComparison.Ordinal);

    /// <summary>The earmark a pool or programme sub-account holds money for.</summary>
    public static string EarmarkOf(string account) => IsPool(account)
        ? account[PoolPrefix.Length..]
        : account[(ProgrammePrefix.Length + 33)..];

    /// <summary>The organisation an organisation account belongs to.</summary>
    public static string OrganisationOf(string account) => account[(OrganisationPrefix.Length + 33)..];
}
