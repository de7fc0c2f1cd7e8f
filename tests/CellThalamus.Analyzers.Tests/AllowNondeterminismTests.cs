using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class AllowNondeterminismTests
{
    private const string Attribute = """

        [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor)]
        sealed class AllowNondeterminismAttribute : Attribute
        {
            public AllowNondeterminismAttribute(string reason) => Reason = reason;
            public string Reason { get; }
        }
        """;

    [Test]
    public Task CTH090_is_logged_for_a_method_and_suppresses_the_rules_inside_it() =>
        AnalyzersAsync(
            "using System;\nclass Progress\n{\n    [{|#0:AllowNondeterminism(\"console progress shows wall time; never written to --out\")|}]\n    public DateTime Now() => DateTime.Now;\n}\n" + Attribute,
            Diagnostic(Rules.NondeterminismAllowed, 0, "Progress.Now()", "console progress shows wall time; never written to --out"));

    [Test]
    public Task CTH090_on_a_class_suppresses_the_rules_in_its_members_and_lambdas() =>
        AnalyzersAsync(
            "using System;\nusing System.Linq;\n[{|#0:AllowNondeterminism(\"benchmark harness\")|}]\nclass Bench\n{\n    readonly Random random = new Random();\n    public long[] Times(int[] xs) => xs.Select(x => Environment.TickCount64).ToArray();\n    class Nested { double F(double x) => Math.Exp(x); }\n}\n" + Attribute,
            Diagnostic(Rules.NondeterminismAllowed));

    [Test]
    public Task CTH090_on_a_property_suppresses_the_rules_in_its_accessors() =>
        AnalyzersAsync(
            "using System;\nclass Banner\n{\n    [{|#0:AllowNondeterminism(\"shown on the console only\")|}]\n    public int Cores => Environment.ProcessorCount;\n}\n" + Attribute,
            Diagnostic(Rules.NondeterminismAllowed));

    [Test]
    public Task CTH090_matches_the_attribute_by_simple_name_in_any_namespace() =>
        AnalyzersAsync(
            "using System;\nusing Elsewhere;\nclass Progress\n{\n    [{|#0:AllowNondeterminism(\"console only\")|}]\n    public DateTime Now() => DateTime.Now;\n}\nnamespace Elsewhere\n{\n" + Attribute + "\n}\n",
            Diagnostic(Rules.NondeterminismAllowed));

    [Test]
    public Task CTH091_fires_on_an_empty_reason() =>
        AnalyzersAsync(
            "using System;\nclass Progress\n{\n    [{|#0:AllowNondeterminism(\"  \")|}]\n    public DateTime Now() => DateTime.Now;\n}\n" + Attribute,
            Diagnostic(Rules.EmptyAllowReason, 0, "Progress.Now()"));

    [Test]
    public Task Rules_still_fire_next_to_an_allowed_member() =>
        AnalyzersAsync(
            "using System;\nclass Progress\n{\n    [{|#0:AllowNondeterminism(\"console only\")|}]\n    public DateTime Now() => DateTime.Now;\n    public DateTime Later() => {|#1:DateTime.UtcNow|};\n}\n" + Attribute,
            Diagnostic(Rules.NondeterminismAllowed, 0),
            Diagnostic(Rules.WallClock, 1));

    [Test]
    public Task Another_attribute_does_not_suppress_anything() =>
        AnalyzersAsync(
            "using System;\nclass Progress\n{\n    [Obsolete(\"console only\")]\n    public DateTime Now() => {|#0:DateTime.Now|};\n}\n",
            Diagnostic(Rules.WallClock));
}
