using Marrakesh.Platform.Validation;

namespace Marrakesh.Platform.Errors;

/// <summary>
/// Refuses an API query string whose names or values hold control characters (U+0000 above all) with 400 naming the
/// parameter. Filters go to the database as they are, and PostgreSQL cannot even compare text holding U+0000.
/// </summary>
internal static class QueryControlCharacters
{
    public static WebApplication UseQueryWithoutControlCharacters(this WebApplication app)
    {
        app.UseWhen(ErrorsSetup.IsApi, api => api.Use(next => http =>
        {
            foreach (var (name, values) in http.Request.Query)
            {
                if (HasControl(name) || values.Any(HasControl))
                {
                    throw new InvalidInputException(name, ValidationText.Get("ControlCharacters"));
                }
            }
            return next(http);
        }));
        return app;
    }

    private static bool HasControl(string? text) => text is not null && text.Any(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n');
}
