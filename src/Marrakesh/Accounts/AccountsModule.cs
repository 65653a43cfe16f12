using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Identity;

namespace Marrakesh.Accounts;

/// <summary>People, roles, sign-in and personal API tokens.</summary>
internal static class AccountsModule
{
    private const string BySurface = "by-surface";

    /// <summary>What the CLI and the web app share: the account store and its use cases.</summary>
    public static IServiceCollection AddAccountsCore(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<ClaimsFactory>();
        // Authorization without HTTP too: use cases ask the Guard whether a caller may act on a record, from the API,
        // a page or the CLI alike.
        services.AddAuthorizationCore();
        services.AddScoped<Guard>();
        services.AddScoped<AddUser>();
        services.AddScoped<ListUsers>();
        services.AddScoped<PublicActors>();
        services.AddScoped<IssueApiToken>();
        services.AddScoped<RevokeApiToken>();
        services.AddScoped<ListApiTokens>();
        services.AddScoped<IReferenceData, RolesReferenceData>();
        return services;
    }

    /// <summary>Cookie sign-in for pages, bearer tokens for the API.</summary>
    public static IServiceCollection AddAccountsWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddAuthentication(o => o.DefaultScheme = BySurface)
            // Pages authenticate by cookie, the API only by bearer token: a browser's cookie never reaches /api.
            .AddPolicyScheme(BySurface, "Cookie for pages, token for the API", o => o.ForwardDefaultSelector =
                http => ErrorsSetup.IsApi(http) ? ApiTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.AddIdentityCore<AppUser>().AddSignInManager();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignInWithPassword>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/status/403";
            o.Cookie.Name = "marrakesh.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthorization(Policies.Add);
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        // Stricter than Identity's defaults on length. Failed sign-ins never lock the account itself (anyone could
        // lock its owner out): SignInThrottle holds an email per address instead.
        o.Password.RequiredLength = 12;
        o.User.RequireUniqueEmail = true;
    }
}
