using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

/// <summary>The ban list: each rule fires on its APIs with the exact span, and not on the deterministic neighbour.</summary>
public class BannedApiTests
{
    private static Task FiresAsync(string expression, Microsoft.CodeAnalysis.DiagnosticDescriptor rule, string usings = "") =>
        AnalyzersAsync(usings + InMethod("_ = {|#0:" + expression + "|};"), Diagnostic(rule));

    private static Task QuietAsync(string expression, string usings = "") =>
        AnalyzersAsync(usings + InMethod("_ = " + expression + ";"));

    [Test]
    public Task CTH001_fires_on_unseeded_Random_constructor() => FiresAsync("new Random()", Rules.UnseededRandom);

    [Test]
    public Task CTH001_fires_on_target_typed_unseeded_Random() =>
        AnalyzersAsync(InMethod("Random random = {|#0:new()|};"), Diagnostic(Rules.UnseededRandom));

    [Test]
    public Task CTH001_does_not_fire_on_seeded_Random_constructor() => QuietAsync("new Random(42).Next()");

    [Test]
    public Task CTH002_fires_on_Random_Shared() =>
        AnalyzersAsync(InMethod("_ = {|#0:Random.Shared|}.Next();"), Diagnostic(Rules.SharedRandom));

    [Test]
    public Task CTH002_does_not_fire_on_a_seeded_instance_draw() =>
        AnalyzersAsync(InMethod("var random = new Random(7); _ = random.NextDouble();"));

    [TestCase("RandomNumberGenerator.GetInt32(10)")]
    [TestCase("RandomNumberGenerator.Create()")]
    public Task CTH003_fires_on_RandomNumberGenerator(string expression) =>
        FiresAsync(expression, Rules.CryptoRandom, "using System.Security.Cryptography;\n");

    [Test]
    public Task CTH003_does_not_fire_on_a_deterministic_hash() =>
        QuietAsync("SHA256.HashData(new byte[] { 1, 2, 3 })", "using System.Security.Cryptography;\n");

    [TestCase("Guid.NewGuid()")]
    [TestCase("Guid.CreateVersion7()")]
    public Task CTH004_fires_on_generated_Guid(string expression) => FiresAsync(expression, Rules.NewGuid);

    [Test]
    public Task CTH004_does_not_fire_on_a_parsed_Guid() => QuietAsync("Guid.Parse(\"0f8fad5b-d9cb-469f-a165-70867728950e\")");

    [TestCase("DateTime.Now")]
    [TestCase("DateTime.UtcNow")]
    [TestCase("DateTime.Today")]
    [TestCase("DateTimeOffset.Now")]
    [TestCase("DateTimeOffset.UtcNow")]
    [TestCase("TimeProvider.System")]
    public Task CTH005_fires_on_wall_clock(string expression) => FiresAsync(expression, Rules.WallClock);

    [Test]
    public Task CTH005_does_not_fire_on_campaign_clock_arithmetic() =>
        QuietAsync("new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(24)");

    [TestCase("Stopwatch.StartNew()")]
    [TestCase("Stopwatch.GetTimestamp()")]
    [TestCase("new Stopwatch()")]
    [TestCase("Environment.TickCount")]
    [TestCase("Environment.TickCount64")]
    public Task CTH006_fires_on_elapsed_time_counters(string expression) =>
        FiresAsync(expression, Rules.ElapsedTime, "using System.Diagnostics;\n");

    [Test]
    public Task CTH006_does_not_fire_on_a_fixed_TimeSpan() => QuietAsync("TimeSpan.FromHours(24)");

    [TestCase("text.GetHashCode()")]
    [TestCase("string.GetHashCode(text.AsSpan())")]
    [TestCase("StringComparer.Ordinal.GetHashCode(text)")]
    public Task CTH007_fires_on_string_hash_codes(string expression) => FiresAsync(expression, Rules.StringHashCode);

    [Test]
    public Task CTH007_does_not_fire_on_an_integer_hash_code() => QuietAsync("n.GetHashCode()");

    [TestCase("HashCode.Combine(n, text)")]
    [TestCase("new HashCode()")]
    public Task CTH008_fires_on_HashCode(string expression) => FiresAsync(expression, Rules.HashCodeType);

    [Test]
    public Task CTH008_does_not_fire_on_a_project_hash_named_Combine() =>
        AnalyzersAsync(InMethod("_ = StableHash.Combine(n, 7);") + "\nstatic class StableHash { public static int Combine(int a, int b) => unchecked(a * 31 + b); }");

    [TestCase("Math.Exp(dose)")]
    [TestCase("Math.Log(dose)")]
    [TestCase("Math.Log(dose, 2)")]
    [TestCase("Math.Log10(dose)")]
    [TestCase("Math.Pow(dose, 2)")]
    [TestCase("Math.Sin(dose)")]
    [TestCase("Math.Atan2(dose, 1)")]
    [TestCase("Math.Tanh(dose)")]
    [TestCase("Math.Cbrt(dose)")]
    [TestCase("MathF.Exp((float)dose)")]
    [TestCase("double.Exp(dose)")]
    [TestCase("double.Exp10(dose)")]
    [TestCase("double.LogP1(dose)")]
    [TestCase("float.Pow(1f, 2f)")]
    [TestCase("System.Numerics.Complex.Exp(System.Numerics.Complex.One)")]
    public Task CTH009_fires_on_platform_transcendental_math(string expression) => FiresAsync(expression, Rules.PlatformMath);

    [Test]
    public Task CTH009_fires_on_generic_math_Exp() =>
        AnalyzersAsync(
            InMethod("_ = Exp(dose);", "static T Exp<T>(T x) where T : System.Numerics.IExponentialFunctions<T> => {|#0:T.Exp(x)|};"),
            Diagnostic(Rules.PlatformMath));

    [Test]
    public Task CTH009_fires_on_a_method_group() =>
        AnalyzersAsync(InMethod("_ = xs.Select(x => (double)x).Select({|#0:Math.Exp|}).ToArray();"), Diagnostic(Rules.PlatformMath));

    [TestCase("Math.Sqrt(dose)")]
    [TestCase("Math.Abs(dose)")]
    [TestCase("Math.Floor(dose)")]
    [TestCase("Math.ScaleB(dose, 3)")]
    [TestCase("Math.Round(dose, MidpointRounding.ToEven)")]
    [TestCase("double.IsNaN(dose)")]
    public Task CTH009_does_not_fire_on_correctly_rounded_math(string expression) => QuietAsync(expression);

    [TestCase("Math.FusedMultiplyAdd(dose, 2, 1)")]
    [TestCase("double.FusedMultiplyAdd(dose, 2, 1)")]
    [TestCase("Math.ReciprocalEstimate(dose)")]
    [TestCase("System.Numerics.Vector.Sum(new System.Numerics.Vector<double>(dose))")]
    public Task CTH010_fires_on_hardware_dependent_arithmetic(string expression) => FiresAsync(expression, Rules.HardwareArithmetic);

    [Test]
    public Task CTH010_does_not_fire_on_explicit_multiply_add() => QuietAsync("dose * 2 + 1");

    [Test]
    public Task CTH011_fires_on_ProcessorCount() => FiresAsync("Environment.ProcessorCount", Rules.ProcessorCount);

    [Test]
    public Task CTH011_does_not_fire_on_an_explicit_worker_count() =>
        QuietAsync("new ParallelOptions { MaxDegreeOfParallelism = n }");

    [TestCase("double.Parse(text)")]
    [TestCase("double.Parse(text, null)")]
    [TestCase("double.Parse(text, NumberStyles.Float)")]
    [TestCase("decimal.Parse(text)")]
    [TestCase("float.Parse(text)")]
    [TestCase("dose.ToString()")]
    [TestCase("dose.ToString(\"R\")")]
    [TestCase("Convert.ToDouble(text)")]
    [TestCase("Convert.ToString(dose)")]
    public Task CTH012_fires_on_culture_sensitive_parse_and_format(string expression) =>
        FiresAsync(expression, Rules.CultureParseFormat);

    [Test]
    public Task CTH012_fires_on_TryParse_without_a_provider() =>
        AnalyzersAsync(InMethod("_ = {|#0:double.TryParse(text, out var parsed)|};"), Diagnostic(Rules.CultureParseFormat));

    [TestCase("double.Parse(text, CultureInfo.InvariantCulture)")]
    [TestCase("double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)")]
    [TestCase("dose.ToString(\"R\", CultureInfo.InvariantCulture)")]
    [TestCase("dose.ToString(CultureInfo.InvariantCulture)")]
    [TestCase("Convert.ToDouble(text, CultureInfo.InvariantCulture)")]
    [TestCase("Convert.ToDouble(n)")]
    public Task CTH012_does_not_fire_with_the_invariant_culture(string expression) => QuietAsync(expression);

    [Test]
    public Task CTH021_fires_on_AsUnordered() =>
        AnalyzersAsync(
            InMethod("_ = {|#0:xs.AsParallel().AsOrdered().AsUnordered()|}.ToArray();"),
            Diagnostic(Rules.AsUnordered));

    [Test]
    public Task CTH021_does_not_fire_on_AsOrdered() => QuietAsync("xs.AsParallel().AsOrdered().Select(x => x + 1).ToArray()");

    [Test]
    public Task CTH024_fires_on_Task_WhenAny() =>
        AnalyzersAsync(
            InMethod("var tasks = new[] { Task.FromResult(1), Task.FromResult(2) }; _ = {|#0:Task.WhenAny(tasks)|};"),
            Diagnostic(Rules.WhenAny));

    [Test]
    public Task CTH024_does_not_fire_on_Task_WhenAll() =>
        AnalyzersAsync(InMethod("var tasks = new[] { Task.FromResult(1), Task.FromResult(2) }; _ = Task.WhenAll(tasks);"));

    [Test]
    public void Every_ban_list_entry_says_why_and_what_to_use_instead()
    {
        foreach (var entry in BannedApis.All)
        {
            Assert.That(entry.Why, Is.Not.Empty, entry.TypeMetadataName);
            Assert.That(entry.Instead, Is.Not.Empty, entry.TypeMetadataName);
        }
    }

    [Test]
    public async Task CTH009_message_names_DeterministicMath_as_the_alternative()
    {
        var diagnostics = await CompileAsync("class C { double F(double x) => System.Math.Exp(x); }");

        var message = diagnostics.Single(d => d.Id == "CTH009").GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(message, Does.StartWith("'Math.Exp' is nondeterministic").And.Contain("DeterministicMath"));
    }
}
