namespace Marrakesh.Tests.Accounts;

/// <summary>What a run of the matrix found: how many cells were called, what the allowed ones answered, and every cell that did not hold.</summary>
public sealed record MatrixReport(int Cells, int AnswersCheckedForEmails, IReadOnlyDictionary<int, int> AllowedStatuses, IReadOnlyList<string> Violations);

/// <summary>
/// Calls every cell of the given rows and collects, in one report, each answer that differs from its cell and each
/// answer that names another account's email to a caller other than the secretariat or an admin.
/// </summary>
public sealed class MatrixChecker(MatrixCallers callers, MatrixCalls calls)
{
    public async Task<MatrixReport> CheckAsync(IEnumerable<MatrixRow> rows)
    {
        var violations = new List<string>();
        var allowed = new SortedDictionary<int, int>();
        var (cells, answered) = (0, 0);
        foreach (var row in rows)
        {
            // Refusals change nothing, so they all meet the record as it was made; allowed calls come after, and a
            // 409 or 422 after an earlier allowed call changed the record still shows they were let through.
            foreach (var (caller, expected) in row.Cells.OrderBy(c => c.Value == Access.Allow))
            {
                cells++;
                using var request = await calls.ForAsync(row, caller);
                using var response = await callers[caller].SendAsync(request);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                if (expected == Access.Allow)
                {
                    allowed[status] = allowed.GetValueOrDefault(status) + 1;
                }
                if (!AuthorizationMatrix.Holds(expected, callers.IsSignedIn(caller), status))
                {
                    violations.Add($"{row.Key} as {caller}: expected {expected.ToString().ToLowerInvariant()}, got {status} {Excerpt(body)}");
                }
                if (response.IsSuccessStatusCode && !MatrixCallers.SeesEmails(caller))
                {
                    answered++;
                    if (callers.EmailsOtherThan(caller).FirstOrDefault(e => body.Contains(e, StringComparison.OrdinalIgnoreCase)) is { } email)
                    {
                        violations.Add($"{row.Key} as {caller}: the answer names {email}");
                    }
                }
            }
        }
        return new MatrixReport(cells, answered, allowed, violations);
    }

    private static string Excerpt(string body) => body.Length <= 160 ? body : body[..160] + "…";
}
