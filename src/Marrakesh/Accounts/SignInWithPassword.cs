using Microsoft.AspNetCore.Identity;

namespace Marrakesh.Accounts;

/// <summary>
/// Signs a person in with email and password without telling anyone whether the account exists: an unknown email,
/// an account without a password, a locked account and a wrong password all take one password check of the same cost
/// and give the same answer (<c>false</c>). Attempts are throttled per email and address (<see cref="SignInThrottle"/>).
/// </summary>
public sealed class SignInWithPassword(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IPasswordHasher<AppUser> hasher,
    SignInThrottle throttle,
    ILogger<SignInWithPassword> log)
{
    private static string? standInHash;

    public async Task<bool> ExecuteAsync(string email, string password, bool remember, string address)
    {
        email = email.Trim();
        if (!throttle.MayTry(email, address))
        {
            log.LogWarning("Sign-in for {Email} from {Address} refused unchecked: too many failures", email, address);
            return false;
        }
        var user = await users.FindByEmailAsync(email);
        if (user is { PasswordHash: not null } && await users.CheckPasswordAsync(user, password)
            && await signIn.CanSignInAsync(user) && !await users.IsLockedOutAsync(user))
        {
            throttle.Succeeded(email, address);
            await signIn.SignInAsync(user, remember);
            return true;
        }
        if (user?.PasswordHash is null)
        {
            CheckAgainstStandIn(password);
        }
        throttle.Failed(email, address);
        log.LogWarning("Failed sign-in for {Email} from {Address}", email, address);
        return false;
    }

    /// <summary>The same work as checking a real password: a hash made once by the same hasher, with its settings.</summary>
    private void CheckAgainstStandIn(string password)
    {
        var stand = new AppUser();
        standInHash ??= hasher.HashPassword(stand, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(stand, standInHash, password);
    }
}
