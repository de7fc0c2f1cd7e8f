using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CellThalamus.Analyzers;

/// <summary>
/// CTH013: a floating-point or decimal value turned into text by string interpolation or concatenation,
/// which formats with the current culture. Interpolation into a handler given a provider
/// (string.Create(CultureInfo.InvariantCulture, $"...")) or into a FormattableString is fine.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CultureSensitiveTextAnalyzer : DeterminismAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.CultureInterpolation);

    protected override void Register(AnalysisContext context)
    {
        context.RegisterOperationAction(CheckInterpolation, OperationKind.InterpolatedString);
        context.RegisterOperationAction(CheckConcatenation, OperationKind.Binary);
        context.RegisterOperationAction(CheckAppend, OperationKind.CompoundAssignment);
    }

    private static void CheckInterpolation(OperationAnalysisContext context)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        if (!FormatsWithCurrentCulture(interpolated))
        {
            return;
        }

        foreach (var part in interpolated.Parts)
        {
            var value = part switch
            {
                IInterpolationOperation hole => hole.Expression,
                IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append }
                    when append.TargetMethod.Name == "AppendFormatted" => append.Arguments[0].Value,
                _ => null,
            };
            if (value is not null)
            {
                CheckValue(context, value);
            }
        }
    }

    private static bool FormatsWithCurrentCulture(IInterpolatedStringOperation interpolated)
    {
        var parent = interpolated.Parent;
        if (parent is IInterpolatedStringHandlerCreationOperation handler)
        {
            // The handler formats with a provider only when its constructor takes one (string.Create(provider, ...)).
            if (handler.HandlerCreation is IObjectCreationOperation { Constructor: { } constructor })
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Type.Name == "IFormatProvider")
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // A FormattableString or IFormattable is formatted later, with whatever provider its consumer passes.
        return interpolated.Type?.SpecialType == SpecialType.System_String
            && !(parent is IConversionOperation { Type.SpecialType: not SpecialType.System_String });
    }

    private static void CheckConcatenation(OperationAnalysisContext context)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind != BinaryOperatorKind.Add || binary.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        CheckValue(context, binary.LeftOperand);
        CheckValue(context, binary.RightOperand);
    }

    private static void CheckAppend(OperationAnalysisContext context)
    {
        var append = (ICompoundAssignmentOperation)context.Operation;
        if (append.OperatorKind == BinaryOperatorKind.Add && append.Type?.SpecialType == SpecialType.System_String)
        {
            CheckValue(context, append.Value);
        }
    }

    private static void CheckValue(OperationAnalysisContext context, IOperation value)
    {
        var inner = value.WithoutConversions();
        if (IsCultureFormatted(inner.Type))
        {
            Report(context, Rules.CultureInterpolation, inner.Syntax.GetLocation(), inner.Syntax.ToString(), inner.Type!.ToDisplayString());
        }
    }

    private static bool IsCultureFormatted(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal
            || type is { Name: "Half" or "NFloat", ContainingNamespace.Name: "System" or "InteropServices" };
    }
}
