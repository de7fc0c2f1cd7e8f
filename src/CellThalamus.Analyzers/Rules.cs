using Microsoft.CodeAnalysis;

namespace CellThalamus.Analyzers;

/// <summary>Every CTH diagnostic. Ids, titles and messages are also listed in README.md and AnalyzerReleases.Unshipped.md.</summary>
public static class Rules
{
    public const string Category = "Determinism";

    // Plain bans (BannedApis.cs): {0} is the API, {1} why it is nondeterministic, {2} what to use instead.
    private const string BannedMessage = "'{0}' is nondeterministic ({1}); use {2}";

    public static readonly DiagnosticDescriptor UnseededRandom = Banned(
        "CTH001", "Unseeded Random constructor");

    public static readonly DiagnosticDescriptor SharedRandom = Banned(
        "CTH002", "Random.Shared");

    public static readonly DiagnosticDescriptor CryptoRandom = Banned(
        "CTH003", "RandomNumberGenerator");

    public static readonly DiagnosticDescriptor NewGuid = Banned(
        "CTH004", "Random or time-based Guid");

    public static readonly DiagnosticDescriptor WallClock = Banned(
        "CTH005", "Wall clock");

    public static readonly DiagnosticDescriptor ElapsedTime = Banned(
        "CTH006", "Elapsed-time counter");

    public static readonly DiagnosticDescriptor StringHashCode = Banned(
        "CTH007", "Randomised string hash");

    public static readonly DiagnosticDescriptor HashCodeType = Banned(
        "CTH008", "System.HashCode");

    public static readonly DiagnosticDescriptor PlatformMath = Banned(
        "CTH009", "Platform transcendental math");

    public static readonly DiagnosticDescriptor HardwareArithmetic = Banned(
        "CTH010", "Hardware-dependent arithmetic");

    public static readonly DiagnosticDescriptor ProcessorCount = Banned(
        "CTH011", "Environment.ProcessorCount");

    public static readonly DiagnosticDescriptor CultureParseFormat = Banned(
        "CTH012", "Culture-sensitive number parse or format");

    public static readonly DiagnosticDescriptor CultureInterpolation = Error(
        "CTH013",
        "Culture-sensitive number in string interpolation or concatenation",
        "'{0}' of type {1} is formatted with the current culture; use FormattableString.Invariant($\"...\"), string.Create(CultureInfo.InvariantCulture, $\"...\") or {0}.ToString(\"R\", CultureInfo.InvariantCulture)");

    public static readonly DiagnosticDescriptor UnorderedPlinq = Error(
        "CTH020",
        "AsParallel without AsOrdered",
        "'{0}' yields results in scheduling order; call AsOrdered() right after it (or OrderBy before materialising)");

    public static readonly DiagnosticDescriptor AsUnordered = Banned(
        "CTH021", "AsUnordered");

    public static readonly DiagnosticDescriptor ParallelSharedWrite = Error(
        "CTH022",
        "Parallel loop writes shared state",
        "'{0}' writes to '{1}', which is shared by every iteration of the parallel loop, so the result depends on scheduling; write to an index-addressed slot (results[i] = ...) and combine in index order afterwards");

    public static readonly DiagnosticDescriptor ConcurrentEnumeration = Error(
        "CTH023",
        "Enumerating a concurrent collection",
        "Enumerating '{0}' ({1}) yields items in an order that depends on scheduling; use an index-addressed array filled by index, or OrderBy a unique key before enumerating");

    public static readonly DiagnosticDescriptor WhenAny = Banned(
        "CTH024", "Task.WhenAny / Task.WhenEach");

    public static readonly DiagnosticDescriptor ChannelConsumers = Error(
        "CTH025",
        "Channel read by several consumers",
        "'{0}' reads a channel from inside '{1}', so several consumers race for items; read with a single consumer, or tag items with their index and reorder");

    public static readonly DiagnosticDescriptor HashOrderedForeach = Error(
        "CTH030",
        "foreach over a hash-ordered collection",
        "foreach over '{0}' ({1}) follows hash order, which depends on hash codes and insertion history; order it first (e.g. .Order(StringComparer.Ordinal) or .OrderBy(x => x.Key, StringComparer.Ordinal)), or suppress with a justification where order provably does not matter");

    public static readonly DiagnosticDescriptor FileSystemForeach = Error(
        "CTH031",
        "foreach over an unordered file-system listing",
        "foreach over '{0}' follows the file system's order, which differs between OSes and file systems; order it first (e.g. .Order(StringComparer.Ordinal))");

    public static readonly DiagnosticDescriptor NondeterminismAllowed = new(
        "CTH090",
        "Nondeterminism allowed",
        "Determinism rules are suppressed in '{0}': {1}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Logged so every [AllowNondeterminism] shows up in the build log.");

    public static readonly DiagnosticDescriptor EmptyAllowReason = Error(
        "CTH091",
        "AllowNondeterminism without a reason",
        "[AllowNondeterminism] on '{0}' needs a non-empty reason that says why nondeterminism is harmless here");

    private static DiagnosticDescriptor Banned(string id, string title) => Error(id, title, BannedMessage);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
