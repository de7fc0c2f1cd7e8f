using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CellThalamus.Core;
using CellThalamus.Core.Design;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Cli;

/// <summary>Options shared by the commands that simulate, with their validation in one place.</summary>
public static class CommonOptions
{
    public static Option<string> Mode() => new Option<string>("--mode")
    {
        Description = $"Built-in design to run: {string.Join(", ", BuiltInDesigns.Modes)} (demo: 4 wells; benchmark: 48; full: 2,304).",
        DefaultValueFactory = _ => "full",
    }.OneOf([.. BuiltInDesigns.Modes]);

    public static Option<string> Profile() => new Option<string>("--profile")
    {
        Description = $"Parameter profile: {string.Join(", ", ParameterProfiles.Names)} (legacy-2025-12 reproduces the December 2025 Python runner's physics).",
        DefaultValueFactory = _ => ParameterProfiles.Default,
    }.OneOf([.. ParameterProfiles.Names]);

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "Seed of every random draw: a whole number from 0 to 18446744073709551615. Same seed, same bytes.",
        DefaultValueFactory = _ => 0UL,
        CustomParser = ParseSeed,
    };

    public static Option<int> Workers() => new("--workers")
    {
        Description = "Simulation threads (any positive number; changes speed only, never the output). Default: all logical CPUs.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = r => ParsePositive(r, "--workers"),
    };

    public static Option<int?> Replicates() => new("--replicates")
    {
        Description = "Replicate plates per (day, operator, timepoint), overriding the mode's count (full: 3). --replicates 300 gives 230,400 wells.",
        CustomParser = r => ParsePositive(r, "--replicates"),
    };

    public static Option<string?> Params() => new("--params")
    {
        HelpName = "FILE",
        Description = "YAML file layered over the profile: any key given replaces the profile's value (see `cell-thalamus params` for every key), checked strictly.",
    };

    /// <summary>Accepts only the given values (exact case), with a one-line message naming the option and the sorted choices.</summary>
    public static Option<string> OneOf(this Option<string> option, string[] choices)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!choices.Contains(value, StringComparer.Ordinal))
            {
                var hint = choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
                result.AddError($"{option.Name} must be one of {string.Join(", ", choices.Order(StringComparer.Ordinal))}, got '{value}'" + (hint is null ? string.Empty : $" (did you mean {hint}?)"));
            }
        });
        return option;
    }

    /// <summary>Rejects an empty path, or an option name taken as the path (`--out --quiet`).</summary>
    public static Option<string?> PathValue(this Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && (value.Length == 0 || value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"{option.Name} needs a path, got '{value}'");
            }
        });
        return option;
    }

    private static ulong ParseSeed(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "0" : result.Tokens[0].Value;
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        result.AddError($"--seed must be a whole number from 0 to 18446744073709551615, got '{text}'");
        return 0;
    }

    public static int ParsePositive(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        result.AddError($"{name} must be a whole number of at least 1, got '{text}'");
        return 1;
    }

    /// <summary>The profile's parameters, overlaid by the --params file if given, with SOURCE_DATE_EPOCH (if set) moving the campaign start.</summary>
    public static ParameterSet LoadParameters(CliContext context, string profile, string? paramsFile = null)
    {
        DateTimeOffset? start = null;
        var epoch = context.Environment("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrEmpty(epoch))
        {
            if (!long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
            {
                throw new UsageException($"SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01T00:00:00Z, got '{epoch}'");
            }

            start = CampaignClock.FromEpochSeconds(seconds);
        }

        return ParameterProfiles.Load(profile, paramsFile is null ? null : [ParameterFile.Read(paramsFile)], start);
    }
}
