// Two tiny fake modules for the boundary rule's canary test: Alpha uses Beta's contract (allowed)
// and Beta's internals (not allowed).
namespace Marrakesh.Tests.Architecture.Canary.Modules.Beta
{
    internal sealed class BetaContract
    {
        public static int Answer() => 42;
    }

    internal sealed class BetaInternals
    {
        public static int Secret() => 7;
    }
}

namespace Marrakesh.Tests.Architecture.Canary.Modules.Alpha
{
    using Marrakesh.Tests.Architecture.Canary.Modules.Beta;

    internal static class Polite
    {
        public static int Ask() => BetaContract.Answer();
    }

    internal static class Reaching
    {
        public static int Peek() => BetaInternals.Secret();
    }
}
