using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Who reports a programme's spending. The fund's money movements are the fund manager's alone, declared on their
/// route group (<see cref="Policies.FundManager"/>); this is the one write where ownership matters.
/// </summary>
public static class FundPermissions
{
    public static readonly Permission ReportExpenditure =
        new("report-expenditure", "A participating organisation reports its own expenditure, provisionally; the fund manager reports anyone's and alone certifies it.");
}

/// <summary>An organisation's expenditure report, and whether it would be certified.</summary>
public sealed record ExpenditureReport(string Organisation, bool Certify);

internal sealed class FundPermissionHandler : PermissionHandler
{
    protected override bool Allows(ClaimsPrincipal user, Permission permission, object resource) =>
        resource is ExpenditureReport report && permission == FundPermissions.ReportExpenditure
        && (user.IsFundManager()
            || (!report.Certify && user.IsInRole(Roles.Stakeholder)
                && string.Equals(user.Organisation(), report.Organisation, StringComparison.OrdinalIgnoreCase)));
}
