using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CellThalamus.Analyzers;

/// <summary>The ban list: every API that is nondeterministic whatever the context, each with its alternative.</summary>
public static class BannedApis
{
    private const string KeyedRandom =
        "the keyed Philox4x32-10 generator in CellThalamus.Core.Randomness (a pure function of design key, stream, entity, tag and draw index)";

    private const string StableHash =
        "the project's stable, documented hash of the UTF-8 bytes (e.g. FNV-1a or SHA-256)";

    private const string DeterministicMathAlternative =
        "CellThalamus.Core.Numerics.DeterministicMath (built from IEEE + - * /, Math.Sqrt and bit manipulation)";

    private const string InvariantCulture =
        "an overload that takes an IFormatProvider and pass CultureInfo.InvariantCulture (\"R\" for round-trip doubles)";

    private static readonly string[] FloatingTypes =
    {
        "System.Double", "System.Single", "System.Half", "System.Runtime.InteropServices.NFloat",
    };

    private static readonly string[] VectorTypes =
    {
        "System.Numerics.Vector", "System.Runtime.Intrinsics.Vector64", "System.Runtime.Intrinsics.Vector128",
        "System.Runtime.Intrinsics.Vector256", "System.Runtime.Intrinsics.Vector512",
    };

    // Everything whose result comes from the C library's libm (or a SIMD approximation of it).
    private static readonly string[] Transcendentals =
    {
        "Exp", "Exp2", "Exp10", "ExpM1", "Exp2M1", "Exp10M1",
        "Log", "Log2", "Log10", "LogP1", "Log2P1", "Log10P1",
        "Pow", "Cbrt", "Hypot", "RootN",
        "Sin", "Cos", "Tan", "SinCos", "Asin", "Acos", "Atan", "Atan2",
        "SinPi", "CosPi", "TanPi", "SinCosPi", "AsinPi", "AcosPi", "AtanPi", "Atan2Pi",
        "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh",
    };

    // Generic-math interfaces, so T.Exp(x) over a floating T is caught as well as double.Exp(x).
    private static readonly string[] TranscendentalInterfaces =
    {
        "System.Numerics.IExponentialFunctions`1", "System.Numerics.ILogarithmicFunctions`1",
        "System.Numerics.IPowerFunctions`1", "System.Numerics.IRootFunctions`1",
        "System.Numerics.ITrigonometricFunctions`1", "System.Numerics.IHyperbolicFunctions`1",
    };

    private static readonly string[] FusedOrEstimated =
    {
        "FusedMultiplyAdd", "MultiplyAddEstimate", "ReciprocalEstimate", "ReciprocalSqrtEstimate",
    };

    public static readonly ImmutableArray<BannedApi> All = Build();

    private static ImmutableArray<BannedApi> Build()
    {
        var list = ImmutableArray.CreateBuilder<BannedApi>();

        list.Add(new BannedApi(
            Rules.UnseededRandom, "System.Random", new[] { ".ctor" },
            "an unseeded Random is seeded from the OS on every run",
            KeyedRandom + "; a seeded new Random(seed) only outside the simulation path",
            applies: (_, member) => member is IMethodSymbol { Parameters.Length: 0 }));
        list.Add(new BannedApi(
            Rules.SharedRandom, "System.Random", new[] { "Shared" },
            "one process-wide generator seeded from the OS and shared by every thread",
            KeyedRandom));
        list.Add(new BannedApi(
            Rules.CryptoRandom, "System.Security.Cryptography.RandomNumberGenerator", null,
            "cryptographic randomness is unrepeatable by design",
            KeyedRandom));

        list.Add(new BannedApi(
            Rules.NewGuid, "System.Guid", new[] { "NewGuid", "CreateVersion7" },
            "a random (v4) or clock-based (v7) Guid differs on every run",
            "an id derived from the design key (e.g. the first 128 bits of SHA-256 over canonical JSON)"));

        const string WallClockWhy = "it reads the wall clock";
        const string CampaignClock =
            "the campaign clock (campaign start, overridable by SOURCE_DATE_EPOCH, plus the well's day and timepoint); wall-clock facts go to the console only";
        list.Add(new BannedApi(Rules.WallClock, "System.DateTime", new[] { "Now", "UtcNow", "Today" }, WallClockWhy, CampaignClock));
        list.Add(new BannedApi(Rules.WallClock, "System.DateTimeOffset", new[] { "Now", "UtcNow" }, WallClockWhy, CampaignClock));
        list.Add(new BannedApi(Rules.WallClock, "System.TimeProvider", new[] { "System" }, WallClockWhy, CampaignClock));

        const string ElapsedWhy = "it measures elapsed real time, which differs on every run";
        const string ElapsedInstead =
            "nothing in Core or Engine; time the run in the CLI and print it to the console (a progress reporter may carry [AllowNondeterminism(\"reason\")])";
        list.Add(new BannedApi(Rules.ElapsedTime, "System.Environment", new[] { "TickCount", "TickCount64" }, ElapsedWhy, ElapsedInstead));
        list.Add(new BannedApi(Rules.ElapsedTime, "System.Diagnostics.Stopwatch", null, ElapsedWhy, ElapsedInstead));

        const string StringHashWhy = "string hash codes are randomised per process";
        list.Add(new BannedApi(Rules.StringHashCode, "System.String", new[] { "GetHashCode" }, StringHashWhy, StableHash));
        list.Add(new BannedApi(Rules.StringHashCode, "System.StringComparer", new[] { "GetHashCode" }, StringHashWhy, StableHash));
        list.Add(new BannedApi(
            Rules.HashCodeType, "System.HashCode", null,
            "HashCode is seeded randomly per process",
            StableHash));

        const string LibmWhy = "its result comes from the platform C library or a SIMD approximation and differs between OSes and CPUs";
        foreach (var type in new[] { "System.Math", "System.MathF", "System.Numerics.Complex" })
        {
            list.Add(new BannedApi(Rules.PlatformMath, type, Transcendentals, LibmWhy, DeterministicMathAlternative));
        }

        foreach (var type in FloatingTypes)
        {
            list.Add(new BannedApi(Rules.PlatformMath, type, Transcendentals, LibmWhy, DeterministicMathAlternative));
        }

        foreach (var type in VectorTypes)
        {
            list.Add(new BannedApi(Rules.PlatformMath, type, Transcendentals, LibmWhy, DeterministicMathAlternative));
        }

        foreach (var type in TranscendentalInterfaces)
        {
            list.Add(new BannedApi(Rules.PlatformMath, type, Transcendentals, LibmWhy, DeterministicMathAlternative));
        }

        list.Add(new BannedApi(Rules.PlatformMath, "System.Numerics.BigInteger", new[] { "Log", "Log10" }, LibmWhy, DeterministicMathAlternative));

        const string HardwareWhy =
            "fused or estimated operations round differently from a * b + c and depend on the CPU and SIMD level";
        const string HardwareInstead = "explicit a * b + c and 1.0 / x, summed in a fixed sequential order (no vector reductions)";
        foreach (var type in new[] { "System.Math", "System.MathF", "System.Numerics.IFloatingPointIeee754`1" })
        {
            list.Add(new BannedApi(Rules.HardwareArithmetic, type, FusedOrEstimated, HardwareWhy, HardwareInstead));
        }

        foreach (var type in FloatingTypes)
        {
            list.Add(new BannedApi(Rules.HardwareArithmetic, type, FusedOrEstimated, HardwareWhy, HardwareInstead));
        }

        foreach (var type in VectorTypes)
        {
            list.Add(new BannedApi(
                Rules.HardwareArithmetic, type, new[] { "FusedMultiplyAdd", "MultiplyAddEstimate", "Sum", "Dot" }, HardwareWhy, HardwareInstead));
        }

        list.Add(new BannedApi(Rules.HardwareArithmetic, "System.Runtime.Intrinsics.X86.Fma", null, HardwareWhy, HardwareInstead));
        list.Add(new BannedApi(Rules.HardwareArithmetic, "System.Numerics.Tensors.TensorPrimitives", null, HardwareWhy, HardwareInstead));

        list.Add(new BannedApi(
            Rules.ProcessorCount, "System.Environment", new[] { "ProcessorCount" },
            "it differs between machines and results must not depend on it",
            "an explicit worker count passed in from the command line; workers change speed only"));

        const string CultureWhy = "it uses the current culture, e.g. a decimal comma under de_DE";
        foreach (var type in new[] { "System.Double", "System.Single", "System.Half", "System.Decimal", "System.Runtime.InteropServices.NFloat" })
        {
            list.Add(new BannedApi(
                Rules.CultureParseFormat, type, new[] { "Parse", "TryParse", "ToString", "TryFormat" }, CultureWhy, InvariantCulture,
                applies: (use, member) => !PassesFormatProvider(use, member)));
        }

        list.Add(new BannedApi(
            Rules.CultureParseFormat, "System.Convert", new[] { "ToDouble", "ToSingle", "ToDecimal" }, CultureWhy, InvariantCulture,
            applies: (use, member) => HasParameterOfType(member, SpecialType.System_String, SpecialType.System_Object) && !PassesFormatProvider(use, member)));
        list.Add(new BannedApi(
            Rules.CultureParseFormat, "System.Convert", new[] { "ToString" }, CultureWhy, InvariantCulture,
            applies: (use, member) =>
                HasParameterOfType(member, SpecialType.System_Double, SpecialType.System_Single, SpecialType.System_Decimal, SpecialType.System_Object)
                && !PassesFormatProvider(use, member)));

        list.Add(new BannedApi(
            Rules.AsUnordered, "System.Linq.ParallelEnumerable", new[] { "AsUnordered" },
            "it lets PLINQ return results in scheduling order",
            "AsOrdered() (or no PLINQ at all)"));
        list.Add(new BannedApi(
            Rules.WhenAny, "System.Threading.Tasks.Task", new[] { "WhenAny", "WhenEach" },
            "it yields whichever task finishes first",
            "await Task.WhenAll and read its results in input order"));

        return list.ToImmutable();
    }

    /// <summary>True when the call passes a non-null IFormatProvider (an omitted optional provider or a null literal means the current culture).</summary>
    private static bool PassesFormatProvider(IOperation use, ISymbol member)
    {
        if (member is not IMethodSymbol method)
        {
            return true;
        }

        if (use is not IInvocationOperation invocation)
        {
            // A method group (e.g. Select(double.Parse)): only overloads with a provider parameter are safe.
            return HasFormatProviderParameter(method);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter
                && IsFormatProvider(parameter.Type)
                && argument.ArgumentKind != ArgumentKind.DefaultValue
                && !(argument.Value.WithoutConversions().ConstantValue is { HasValue: true, Value: null }))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFormatProviderParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (IsFormatProvider(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFormatProvider(ITypeSymbol type) =>
        type is { Name: "IFormatProvider", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool HasParameterOfType(ISymbol member, params SpecialType[] types)
    {
        if (member is not IMethodSymbol method)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (Array.IndexOf(types, parameter.Type.SpecialType) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
