using System.Collections.Concurrent;

namespace Marrakesh.Accounts;

/// <summary>
/// Failed sign-ins are counted per email and client address, and per client address, never per account alone: a
/// stranger guessing elsewhere cannot lock the owner out. After five failures for one email from one address, that
/// pair waits 1 minute, then 2, 4, … up to 30 minutes after each further failure; it is forgotten after a success or
/// an hour without failures. One address may fail 20 times in a burst, then once every 45 seconds, whichever emails it
/// tries. Counts are kept by email as typed, so an unknown email is throttled exactly like a real one. They live in
/// memory: per server process, and gone on restart.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FailuresBeforeWaiting = 5;
    public const int AddressBurst = 20;
    public static readonly TimeSpan AddressRefill = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, PairCount> pairs = new();
    private readonly ConcurrentDictionary<string, AddressCount> addresses = new();
    private int changes;

    /// <summary>Whether this email may be tried from this address now; when not, its password is not even checked.</summary>
    public bool MayTry(string email, string address)
    {
        var now = clock.GetUtcNow();
        return !(pairs.TryGetValue(PairKey(email, address), out var pair) && pair.HeldAt(now))
            && !(addresses.TryGetValue(address, out var count) && count.HeldAt(now));
    }

    public void Failed(string email, string address)
    {
        var now = clock.GetUtcNow();
        pairs.GetOrAdd(PairKey(email, address), _ => new PairCount()).Fail(now);
        addresses.GetOrAdd(address, _ => new AddressCount()).Fail(now);
        if (Interlocked.Increment(ref changes) % SweepEvery == 0)
        {
            Sweep(now);
        }
    }

    /// <summary>A success clears its email and address; the address's count stays, so one good account cannot reset it.</summary>
    public void Succeeded(string email, string address) => pairs.TryRemove(PairKey(email, address), out _);

    private static string PairKey(string email, string address) => email.Trim().ToUpperInvariant() + "\n" + address;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, pair) in pairs)
        {
            if (pair.ForgottenAt(now)) { pairs.TryRemove(key, out _); }
        }
        foreach (var (key, count) in addresses)
        {
            if (count.ForgottenAt(now)) { addresses.TryRemove(key, out _); }
        }
    }

    private sealed class PairCount
    {
        private readonly Lock gate = new();
        private int failures;
        private DateTimeOffset lastFailure;
        private DateTimeOffset heldUntil;

        public bool HeldAt(DateTimeOffset now) { lock (gate) { return now < heldUntil; } }

        public bool ForgottenAt(DateTimeOffset now) { lock (gate) { return now - lastFailure >= ForgetAfter && now >= heldUntil; } }

        public void Fail(DateTimeOffset now)
        {
            lock (gate)
            {
                if (now - lastFailure >= ForgetAfter)
                {
                    failures = 0;
                }
                failures++;
                lastFailure = now;
                if (failures >= FailuresBeforeWaiting)
                {
                    var doublings = Math.Min(failures - FailuresBeforeWaiting, 10);
                    var wait = FirstWait * (1 << doublings);
                    heldUntil = now + (wait < LongestWait ? wait : LongestWait);
                }
            }
        }
    }

    /// <summary>A leaky bucket: each failure adds one, one leaks away every <see cref="AddressRefill"/>.</summary>
    private sealed class AddressCount
    {
        private readonly Lock gate = new();
        private double level;
        private DateTimeOffset updated;

        public bool HeldAt(DateTimeOffset now) { lock (gate) { return LevelAt(now) > AddressBurst - 1; } }

        public bool ForgottenAt(DateTimeOffset now) { lock (gate) { return LevelAt(now) <= 0; } }

        public void Fail(DateTimeOffset now)
        {
            lock (gate)
            {
                level = LevelAt(now) + 1;
                updated = now;
            }
        }

        private double LevelAt(DateTimeOffset now) => Math.Max(0, level - (now - updated) / AddressRefill);
    }
}
