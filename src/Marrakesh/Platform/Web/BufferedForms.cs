namespace Marrakesh.Platform.Web;

/// <summary>
/// URL-encoded form bodies are read through a buffer. The framework's form reader stops at the first limit it meets
/// (a key over 2,048 characters, more than 1,024 fields) without telling the server's body pipe how far it got; the
/// server then cannot skip the rest of the body, logs "Reading is already in progress" and drops the connection.
/// Through the buffer the server's pipe is read in whole steps, so a refused form is only a 400. Multipart bodies
/// (uploads) are read as a stream already and are left alone; a form is at most the server's 1 MB body limit.
/// </summary>
internal static class BufferedForms
{
    public static WebApplication UseBufferedForms(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.ContentType is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                context.Request.EnableBuffering();
            }
            return next(context);
        });
        return app;
    }
}
