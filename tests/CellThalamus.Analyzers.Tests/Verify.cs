using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CellThalamus.Analyzers.Tests;

/// <summary>
/// Runs every CellThalamus analyzer over a source whose expected spans are marked {|#n:...|}, against the
/// .NET 10 reference assemblies. Running all of them, not just the one under test, also proves a case
/// triggers no other rule.
/// </summary>
public static class Verify
{
    // The built-in ReferenceAssemblies.Net.* packs are not served here; the 10.0.12 reference pack is.
    public static readonly ReferenceAssemblies Net10 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    /// <summary>
    /// The rule expected at markup location {|#location:...|}; with arguments, the formatted message is checked too
    /// (without them only id, severity and span are).
    /// </summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor rule, int location = 0, params object[] arguments) =>
        arguments.Length == 0
            ? new DiagnosticResult(rule.Id, rule.DefaultSeverity).WithLocation(location)
            : new DiagnosticResult(rule).WithLocation(location).WithArguments(arguments);

    public static Task AnalyzersAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AllAnalyzersTest { TestCode = source, ReferenceAssemblies = Net10 };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Wraps statements in a method of a class, with the usings every case needs.</summary>
    public static string InMethod(string statements, string members = "") => $$"""
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Threading.Tasks;

        class Case
        {
            {{members}}
            void Run(int[] xs, string text, double dose, int n)
            {
                {{statements}}
            }
        }
        """;

    /// <summary>Every analyzer the project ships, found by reflection so a new one cannot be left out.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(Rules).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Where(type => type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    public static ImmutableSortedSet<string> AllRuleIds() =>
        AllAnalyzers().SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(rule => rule.Id).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>Compiles a source as a library with every analyzer and returns all diagnostics, compiler's and analyzers'.</summary>
    public static async Task<ImmutableArray<Diagnostic>> CompileAsync(string source)
    {
        var references = await Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Canary",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "Canary.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return await compilation.WithAnalyzers(AllAnalyzers()).GetAllDiagnosticsAsync();
    }

    private sealed class AllAnalyzersTest : CSharpAnalyzerTest<BannedApiAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers();
    }
}
