using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Marrakesh.Platform.Freshness;

/// <summary>The output cache kept in step with <see cref="CacheGenerations"/>, for every topic.</summary>
internal static class OutputCacheFreshness
{
    /// <summary>
    /// Keys a policy's answers by the topic's generation, so an answer computed from data older than the generation a
    /// request sees is never served to it, even one stored while the change committed; and tags them with the topic, so
    /// the answers of past generations are dropped from memory when it moves on.
    /// </summary>
    public static OutputCachePolicyBuilder FreshFor(this OutputCachePolicyBuilder builder, string topic) =>
        builder.Tag(topic).VaryByValue(context => new KeyValuePair<string, string>(
            "generation:" + topic,
            context.RequestServices.GetRequiredService<CacheGenerations>().Current(topic).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Watches the database for other processes' changes and evicts a topic's answers when it moves on.</summary>
    public static IServiceCollection AddCacheFreshness(this IServiceCollection services)
    {
        services.AddHostedService<FreshnessListener>();
        services.AddHostedService<OutputCacheEviction>();
        return services;
    }

    private sealed class OutputCacheEviction(CacheGenerations generations, IOutputCacheStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            generations.Changed += Evict;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            generations.Changed -= Evict;
            return Task.CompletedTask;
        }

        // The memory store evicts synchronously; nothing to wait for, and the keying above keeps answers right meanwhile.
        private void Evict(string topic) => _ = store.EvictByTagAsync(topic, CancellationToken.None).AsTask();
    }
}
