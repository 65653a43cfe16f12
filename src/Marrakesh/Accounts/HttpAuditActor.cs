using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Accounts;

/// <summary>
/// In the web app the actor is the signed-in caller, or "anonymous" for writes a visitor causes
/// (a password rehashed with newer settings as its owner signs in); outside a request it is the system.
/// </summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public const string Anonymous = "anonymous";

    public string Name => accessor.HttpContext switch
    {
        null => SystemActor.Instance.Name,
        var http => http.User.Identity?.IsAuthenticated == true ? http.User.Email() ?? Anonymous : Anonymous,
    };

    public string Channel => accessor.HttpContext switch
    {
        null => SystemActor.Instance.Channel,
        var http when ErrorsSetup.IsApi(http) => "api",
        _ => "page",
    };
}
