namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// The published files in the workspace's shared/data folder (beside the repository, or named by
/// MARRAKESH_SHARED_DATA). Tests that need them skip, saying why, when they are absent.
/// </summary>
public static class SharedData
{
    public static string? Folder(string name)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("MARRAKESH_SHARED_DATA") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            candidates.Add(Path.Combine(directory.FullName, "shared", "data"));
        }
        candidates.Add("/work/shared/data");
        return candidates.Select(c => Path.Combine(c, name)).FirstOrDefault(Directory.Exists);
    }
}

/// <summary>A fact that needs one or more folders of shared/data.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] folders)
    {
        if (folders.FirstOrDefault(f => SharedData.Folder(f) is null) is { } missing)
        {
            Skip = $"shared/data/{missing} is not beside this checkout (set MARRAKESH_SHARED_DATA to the shared/data folder).";
        }
    }
}
