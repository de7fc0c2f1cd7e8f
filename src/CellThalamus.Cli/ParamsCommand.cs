using System.CommandLine;
using CellThalamus.Core.Identity;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Cli;

/// <summary>`cell-thalamus params`: print the effective parameters as YAML that loads back as a --params file.</summary>
public static class ParamsCommand
{
    public static Command Build(CliContext context)
    {
        var profile = CommonOptions.Profile();
        var paramsFile = CommonOptions.Params();
        var command = new Command("params", "Print the effective parameters (the profile, overlaid by --params and SOURCE_DATE_EPOCH) as YAML with sorted keys; the output is itself a valid --params file.")
        {
            profile, paramsFile,
        };

        command.SetAction(parse =>
        {
            var parameters = CommonOptions.LoadParameters(context, parse.GetValue(profile)!, parse.GetValue(paramsFile));
            context.Out.Write($"# Effective parameters (profile {parameters.Profile}, parameter hash {DesignIdentity.ParameterHash(parameters)}); usable as a --params file.\n");
            context.Out.Write(ParameterYamlWriter.Write(parameters.Canonical));
            return ExitCodes.Success;
        });
        return command;
    }
}
