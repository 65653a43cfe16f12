// Serves fixed JSON bodies captured from the real API, so bench/run can compare like with like.
// Usage: BareKestrel <url> <name>=<file> [<name>=<file> ...]  →  GET /<name> returns the file's bytes.
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[0]);
var app = builder.Build();
foreach (var pair in args.Skip(1))
{
    var (name, file) = (pair.Split('=', 2)[0], pair.Split('=', 2)[1]);
    var body = File.ReadAllBytes(file);
    app.MapGet("/" + name, () => Results.Bytes(body, "application/json; charset=utf-8"));
}
// A conditional GET answered 304 when If-None-Match names the tag: the least a server can do for one (bench/run-conditional).
const string tag = "\"bare-1\"";
app.MapGet("/not-modified", (HttpContext http) =>
{
    http.Response.Headers.ETag = tag;
    http.Response.Headers.CacheControl = "public, max-age=60";
    return http.Request.Headers.IfNoneMatch == tag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Text("{}", "application/json");
});
app.Run();
