using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Marrakesh.Modules.States;

namespace Marrakesh.Tests.Localization;

/// <summary>Every piece of interface text the pages ask for exists in English.</summary>
public sealed partial class KeepingInterfaceTextComplete
{
    private static readonly HashSet<string> EnglishKeys = LoadKeys();

    private static HashSet<string> LoadKeys()
    {
        var resources = new ResourceManager("Marrakesh.Resources.SharedResource", typeof(Program).Assembly);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }

    [Fact]
    public void Every_literal_key_in_the_pages_has_English_text()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "Marrakesh");
        var used = Directory.EnumerateFiles(source, "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.True(used.Count > 100, $"found only {used.Count} uses; has the pattern drifted from the code?");
        var missing = used.Where(u => !EnglishKeys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Missing in SharedResource.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Composed_keys_for_codes_shown_on_pages_have_English_text()
    {
        Assert.All(StateGroupings.All, g => Assert.Contains($"Grouping.{g}", EnglishKeys));
        Assert.All(new[] { "yes", "no", "abstain", "absent" }, v => Assert.Contains($"Vote.{v}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Commitments.CommitmentStatus.All, s => Assert.Contains($"CommitmentStatus.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Commitments.PledgeVocabulary.ActorTypes, s => Assert.Contains($"ActorType.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Commitments.PledgeVocabulary.Forms, s => Assert.Contains($"PledgeForm.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Commitments.PledgeVocabulary.JointTypes, s => Assert.Contains($"JointType.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Commitments.PledgeVocabulary.Statuses, s => Assert.Contains($"PledgeStatus.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Reviews.ReviewCycleKinds.All, s => Assert.Contains($"CycleKind.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Reviews.SectionStatus.All, s => Assert.Contains($"SectionStatus.{s}", EnglishKeys));
        Assert.All(new[] { "draft", "submitted", "published" }, s => Assert.Contains($"ReviewStatus.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Hub.HubVocabulary.Statuses, s => Assert.Contains($"HubStatus.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Hub.HubVocabulary.Modalities, s => Assert.Contains($"Modality.{s}", EnglishKeys));
        Assert.All(Marrakesh.Modules.Hub.HubVocabulary.ProviderTypes, s => Assert.Contains($"ProviderType.{s}", EnglishKeys));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marrakesh.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from within the repository.");
    }

    [GeneratedRegex("""\b(?:T|text)\["(?<key>[A-Za-z0-9]+\.[A-Za-z0-9.]+)"[\],]""")]
    private static partial Regex KeyUse();
}
