using System.Text;
using Microsoft.Net.Http.Headers;

namespace Marrakesh.Platform.Errors;

/// <summary>
/// Refuses an API body whose Content-Type names a charset the runtime does not know with 415. The framework's JSON
/// reader would otherwise throw a plain InvalidOperationException for it, which looks like a server error.
/// </summary>
internal static class KnownCharsets
{
    public static WebApplication UseKnownCharsetsOnly(this WebApplication app)
    {
        app.UseWhen(ErrorsSetup.IsApi, api => api.Use(next => http =>
        {
            if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.Charset.HasValue && !IsKnown(type.Charset.Value!))
            {
                throw new BadHttpRequestException($"The charset '{type.Charset}' is not one this server knows; send the body in UTF-8.",
                    StatusCodes.Status415UnsupportedMediaType);
            }
            return next(http);
        }));
        return app;
    }

    private static bool IsKnown(string charset)
    {
        try
        {
            _ = Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
