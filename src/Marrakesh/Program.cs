using Marrakesh;
using Marrakesh.Cli;

if (CommandLine.IsCliVerb(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(CommandLine.WebArgs(args));
builder.AddMarrakeshWeb();
var app = builder.Build();
app.UseMarrakeshWeb();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so the integration tests can host it.</summary>
public partial class Program;
