using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// One rule for every text that comes in (issue 17, item 1; ADR 0016): brought to NFC, control characters and broken
/// Unicode refused naming the field, line breaks and bidirectional controls refused in single-line names and titles.
/// </summary>
public sealed class CleaningTextAtTheEdge(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private const string Decomposed = "Cafe\u0301 solidaire";
    private const string Composed = "Caf\u00E9 solidaire";

    [Fact]
    public void Every_text_field_of_every_use_case_input_carries_a_rule_that_refuses_control_characters_and_broken_Unicode()
    {
        var inputs = typeof(Program).Assembly.GetTypes().Where(t => t is { Name: "Input", DeclaringType: not null }).ToList();
        Assert.True(inputs.Count > 25, $"Only {inputs.Count} use-case inputs found.");

        var unguarded = inputs.SelectMany(t => TextFieldsWithoutTheRule(t)).ToList();

        Assert.True(unguarded.Count == 0, "Text fields without a rule refusing control characters and lone surrogates: " + string.Join(", ", unguarded));
    }

    [Fact]
    public void The_guard_finds_a_text_field_without_the_rule() =>
        Assert.Equal(["CleaningTextAtTheEdge.Unruled.Name", "CleaningTextAtTheEdge.Unruled.Tags", "CleaningTextAtTheEdge.Nested.Note"],
            TextFieldsWithoutTheRule(typeof(Unruled)));

    [Theory]
    [InlineData("title", "Legal aid\u0000 desks", "control")]
    [InlineData("title", "Legal aid\ndesks", "one line")]
    [InlineData("title", "Legal aid desks \u202Efdp.exe", "bidirectional")]
    [InlineData("title", "Legal aid desks \u2066isolated\u2069", "bidirectional")]
    [InlineData("summary", "Volunteer lawyers\u0007 answer questions.", "control")]
    public async Task A_text_breaking_the_rule_is_refused_naming_the_field_and_nothing_is_stored(string field, string value, string reason)
    {
        var (author, _) = await app.StakeholderAsync();
        var before = await app.Database.CountAsync("knowledge_practices");

        var problem = await (await author.PostAsJsonAsync("/api/practices", PracticeDesk.Practice((field, value)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Contains(reason, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await app.Database.CountAsync("knowledge_practices"));
    }

    [Fact]
    public async Task A_lone_surrogate_is_refused()
    {
        var (author, _) = await app.StakeholderAsync();
        var body = (await JsonContent.Create(PracticeDesk.Practice()).ReadAsStringAsync())
            .Replace("Legal aid desks", "Legal aid desks \\ud800", StringComparison.Ordinal);

        var response = await author.PostAsync("/api/practices", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Multi_line_text_keeps_its_line_breaks_tabs_and_bidirectional_controls()
    {
        var (author, _) = await app.StakeholderAsync();
        var summary = "First line.\r\nSecond line,\tafter a tab, with \u2067\u0627\u0644\u0645\u063A\u0631\u0628\u2069 isolated.";

        var (practice, _) = await author.SubmitAsync(PracticeDesk.Practice(("summary", summary)));

        Assert.Equal(summary, practice.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Text_from_the_API_is_stored_in_NFC()
    {
        var (author, _) = await app.StakeholderAsync();

        var (practice, _) = await author.SubmitAsync(PracticeDesk.Practice(("title", Decomposed), ("links", new[] { "https://example.org/cafe\u0301" })));

        var read = await (await author.GetAsync($"/api/practices/{practice.Id()}")).ShouldBeJsonAsync();
        Assert.Equal(Composed, read.GetProperty("title").GetString());
        // Links are stored percent-encoded: é composed encodes as %C3%A9, e + U+0301 would have been e%CC%81.
        Assert.Equal("https://example.org/caf%C3%A9", read.GetProperty("links")[0].GetString());
    }

    [Fact]
    public async Task Text_from_a_form_is_stored_in_NFC()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Form Writers");
        var form = (await browser.GetPageAsync("/practices/new")).Form("main form");

        var submitted = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = Decomposed, ["Summary"] = "Des avocats bénévoles répondent aux questions.", ["Body"] = "Trois permanences.",
            ["Language"] = "fr", ["Countries"] = "MAR", ["ObjectiveNumbers"] = "7", ["PrincipleKeys"] = "human-rights",
        });

        var page = await Browsing.ParseAsync(submitted);
        Assert.Equal(Composed, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Text_from_the_command_line_is_stored_in_NFC()
    {
        var email = $"nfc-{Guid.NewGuid():N}"[..20] + "@example.org";

        (await app.RunCliAsync("users", "add", "--email", email, "--role", "stakeholder", "--organisation", Decomposed)).ShouldSucceed();

        var line = (await app.RunCliAsync("users", "list")).Output.Split('\n').Single(l => l.Contains(email, StringComparison.Ordinal));
        Assert.Contains(Composed, line, StringComparison.Ordinal);
        Assert.DoesNotContain(Decomposed, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_from_the_command_line_is_refused_naming_the_option()
    {
        var result = await app.RunCliAsync("users", "add", "--email", "ctl@example.org", "--role", "stakeholder", "--organisation", "Bad\u0001Org");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("organisation", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_attachment_name_loses_its_bidirectional_overrides()
    {
        var (author, _) = await app.StakeholderAsync();
        var (practice, _) = await author.SubmitAsync(PracticeDesk.Practice());
        var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var response = await author.PostAsync($"/api/practices/{practice.Id()}/attachments",
            new MultipartFormDataContent { { file, "file", "report\u202Efdp.exe.pdf" } });

        var attachment = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal("reportfdp.exe.pdf", attachment.GetProperty("fileName").GetString());
        var download = await author.GetAsync(attachment.GetProperty("url").GetString());
        Assert.DoesNotContain('\u202E', download.Content.Headers.ContentDisposition!.FileNameStar ?? "");
    }

    /// <summary>The text fields (strings and lists of strings, also in nested records) whose rules let "a\0b" or a lone surrogate through.</summary>
    private static List<string> TextFieldsWithoutTheRule(Type type) => TextFieldsWithoutTheRule(type, depth: 0);

    private static List<string> TextFieldsWithoutTheRule(Type type, int depth)
    {
        var missing = new List<string>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var itemType = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : null;
            if (property.PropertyType == typeof(string) || itemType == typeof(string))
            {
                if (!RefusesHostileText(type, property))
                {
                    missing.Add(type.DeclaringType is { } outer ? $"{outer.Name}.{type.Name}.{property.Name}" : $"{type.Name}.{property.Name}");
                }
            }
            else if (depth < 4 && (IsOwnRecord(property.PropertyType) || (itemType is not null && IsOwnRecord(itemType))))
            {
                missing.AddRange(TextFieldsWithoutTheRule(IsOwnRecord(property.PropertyType) ? property.PropertyType : itemType!, depth + 1));
            }
        }
        return missing;
    }

    private static bool IsOwnRecord(Type type) =>
        type.IsClass && type != typeof(string) && (type.Assembly == typeof(Program).Assembly || type.Assembly == typeof(CleaningTextAtTheEdge).Assembly);

    /// <summary>A declared rule refuses the value, or the input's own <see cref="IValidatableObject"/> does (fields not accepted at all).</summary>
    private static bool RefusesHostileText(Type type, PropertyInfo property)
    {
        var rules = property.GetCustomAttributes<ValidationAttribute>(inherit: true).ToList();
        return new[] { "a\u0000b", "a\ud800b" }.All(hostile =>
        {
            object value = property.PropertyType == typeof(string) ? hostile : new List<string> { hostile };
            var instance = RuntimeHelpers.GetUninitializedObject(type);
            var context = new ValidationContext(instance) { MemberName = property.Name };
            if (rules.Any(rule => rule.GetValidationResult(value, context) != ValidationResult.Success))
            {
                return true;
            }
            property.SetValue(instance, value);
            return instance is IValidatableObject validatable
                && validatable.Validate(new ValidationContext(instance)).Any(r => r.MemberNames.Contains(property.Name));
        });
    }

    private sealed record Unruled
    {
        public string? Name { get; init; }
        public List<string>? Tags { get; init; }
        public List<Nested>? Children { get; init; }
        [Marrakesh.Platform.Validation.TextLength(10)] public string? Guarded { get; init; }
    }

    private sealed record Nested
    {
        public string? Note { get; init; }
    }
}
