using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Accounts;

/// <summary>In the web app the actor is the signed-in caller; outside a request it is the system.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name => accessor.HttpContext?.User.Email() ?? SystemActor.Instance.Name;

    public string Channel => accessor.HttpContext switch
    {
        null => SystemActor.Instance.Channel,
        var http when ErrorsSetup.IsApi(http) => "api",
        _ => "page",
    };
}
