using Microsoft.AspNetCore.Identity;

namespace Marrakesh.Accounts;

/// <summary>A person with an account. Focal points are bound to one State, stakeholders to one organisation.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>ISO3 of the State a focal point acts for.</summary>
    public string? StateIso3 { get; set; }
    /// <summary>The organisation a stakeholder acts for.</summary>
    public string? Organisation { get; set; }
    public DateTime CreatedAt { get; set; }
}
