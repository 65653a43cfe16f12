using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Marrakesh.Platform.Web;

/// <summary>
/// The rate limit told to clients before they hit it, as the IETF draft "RateLimit header fields for HTTP" spells it:
/// <c>RateLimit-Policy: "open-data";q=600;w=60</c> (the quota and its window in seconds) and
/// <c>RateLimit: "open-data";r=598;t=42</c> (what is left of it and the seconds until the window starts afresh), on every
/// answer the open-data policy limits, 429s included (beside Retry-After).
/// </summary>
internal sealed class RateLimitHeaders(int perMinute)
{
    private readonly ConcurrentDictionary<string, CountedWindow> windows = new(StringComparer.Ordinal);

    public int PerMinute { get; } = perMinute;

    public string PolicyValue => $"\"{OpenDataLimits.Policy}\";q={PerMinute.ToString(CultureInfo.InvariantCulture)};w=60";

    /// <summary>A caller's limiter, remembered so its remaining quota can be read after the rate limiter has let a request by.</summary>
    public RateLimiter Create(string caller)
    {
        var window = new CountedWindow(this, caller, new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));
        windows[caller] = window;
        return window;
    }

    public string Value(long remaining, int resetSeconds) =>
        $"\"{OpenDataLimits.Policy}\";r={remaining.ToString(CultureInfo.InvariantCulture)};t={resetSeconds.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Adds both headers to every answer of an endpoint under the open-data policy.</summary>
    public IApplicationBuilder Use(IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == OpenDataLimits.Policy
            && windows.TryGetValue(OpenDataLimits.CallerOf(http), out var window))
        {
            var remaining = window.GetStatistics()?.CurrentAvailablePermits ?? 0;
            var reset = window.SecondsToReset;
            http.Response.OnStarting(() =>
            {
                http.Response.Headers["RateLimit-Policy"] = PolicyValue;
                http.Response.Headers["RateLimit"] = Value(remaining, reset);
                return Task.CompletedTask;
            });
        }
        return next(http);
    });

    /// <summary>The framework's fixed window, which also knows when its window started.</summary>
    private sealed class CountedWindow(RateLimitHeaders owner, string caller, FixedWindowRateLimiter inner) : RateLimiter
    {
        private readonly long started = Environment.TickCount64;

        // The window is replenished every minute from the limiter's creation.
        public int SecondsToReset => 60 - (int)((Environment.TickCount64 - started) / 1000 % 60);

        public override TimeSpan? IdleDuration => inner.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => inner.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => inner.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            inner.AcquireAsync(permitCount, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // An idle caller's limiter is dropped by the framework; so is its entry here, unless a newer one replaced it.
                owner.windows.TryRemove(new KeyValuePair<string, CountedWindow>(caller, this));
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        protected override async ValueTask DisposeAsyncCore()
        {
            owner.windows.TryRemove(new KeyValuePair<string, CountedWindow>(caller, this));
            await inner.DisposeAsync();
        }
    }
}
