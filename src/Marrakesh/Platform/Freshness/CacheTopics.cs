namespace Marrakesh.Platform.Freshness;

/// <summary>
/// The caches that every server must keep in step with the database, one topic each. A write that touches an entity
/// registered under a topic moves the topic's generation on in the write's own transaction (<see cref="CacheGenerations"/>).
/// Output-cache policies of a topic carry its name as their tag.
/// </summary>
public static class CacheTopics
{
    /// <summary>States, objectives, guiding principles: the reference API's cached answers.</summary>
    public const string Reference = "reference";

    /// <summary>Imported migration figures: the open-data answers and <c>DatasetCatalog</c>'s lookups.</summary>
    public const string Datasets = "datasets";

    /// <summary>The search index: cached search answers.</summary>
    public const string Search = "search";

    /// <summary>The hub's offers, held in memory for matching.</summary>
    public const string Offers = "offers";

    public static readonly IReadOnlyList<string> All = [Reference, Datasets, Search, Offers];
}

/// <summary>Entities whose writes change what a topic's caches hold; registered by the module that owns them.</summary>
public sealed record CachedEntities(string Topic, IReadOnlyList<Type> Types);

public static class CachedEntitiesRegistration
{
    /// <summary>Declares that writing any of <paramref name="types"/> makes the caches of <paramref name="topic"/> stale.</summary>
    public static IServiceCollection AddCachedEntities(this IServiceCollection services, string topic, params Type[] types) =>
        services.AddSingleton(new CachedEntities(topic, types));
}
