namespace Marrakesh.Platform.Web;

/// <summary>Every API list has this shape: the items and how many there are.</summary>
public sealed record ListOutput<T>(IReadOnlyList<T> Items, int Total)
{
    public static ListOutput<T> Of(IReadOnlyList<T> items) => new(items, items.Count);
}
