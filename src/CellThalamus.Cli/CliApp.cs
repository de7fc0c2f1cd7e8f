using System.CommandLine;
using CellThalamus.Core.Design;
using CellThalamus.Core.Parameters;
using CellThalamus.Engine;

namespace CellThalamus.Cli;

/// <summary>The `cell-thalamus` command tree; every parse or input error becomes one stderr line and exit code 2.</summary>
public static class CliApp
{
    public const string Name = "cell-thalamus";

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("CellThalamus: a deterministic Cell Painting + LDH screening-campaign simulator. The same inputs give the same bytes on any worker count, machine, OS or CPU.");
        root.Subcommands.Add(RunCommand.Build(context));
        root.Subcommands.Add(DesignCommand.Build(context));
        root.Subcommands.Add(ParamsCommand.Build(context));
        root.Subcommands.Add(InspectCommands.SelfTestCommand(context));
        root.Subcommands.Add(InspectCommands.Compare(context));
        root.Subcommands.Add(InspectCommands.Validate(context));
        root.Subcommands.Add(InspectCommands.Hash(context));
        return root;
    }

    public static int Invoke(string[] args, CliContext context)
    {
        var root = Build(context);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            return Fail(context, ParseErrorMessage(root, result));
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsInputError(e))
        {
            return Fail(context, e.Message);
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine($"{Name}: interrupted; the temporary file was removed and nothing at the target changed");
            return ExitCodes.Interrupted;
        }
        catch (PipelineException e) when (e.InnerException is { } inner && IsInputError(inner))
        {
            // A design file edited while it was being run fails inside a worker; it is still bad input.
            return Fail(context, inner.Message);
        }
    }

    // I/O failures (a folder that is a file, no permission, disk full) are reported as one line too, never a trace.
    /// <summary>The most useful parse error: an unknown word beats "command missing", and the commands are listed.</summary>
    private static string ParseErrorMessage(RootCommand root, ParseResult result)
    {
        var commands = string.Join(", ", root.Subcommands.Select(c => c.Name).Order(StringComparer.Ordinal));
        var unknown = result.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal));
        if (result.CommandResult.Command == root)
        {
            return unknown is not null
                ? $"{unknown.Message.TrimEnd('.')}; expected a command: {commands} (see {Name} --help)"
                : $"a command is required: {commands} (see {Name} --help)";
        }

        var message = (unknown ?? result.Errors[0]).Message;
        return unknown is not null ? $"{message.TrimEnd('.')} (see {Name} {result.CommandResult.Command.Name} --help)" : message;
    }

    private static bool IsInputError(Exception e) =>
        e is UsageException or ParameterException or DesignException or IOException or UnauthorizedAccessException
            or Microsoft.Data.Sqlite.SqliteException;

    public static int Fail(CliContext context, string message)
    {
        // One line: a multi-line message (from a library) is folded so scripts can grep it.
        context.Error.WriteLine($"{Name}: error: {message.ReplaceLineEndings(" ")}");
        return ExitCodes.UsageError;
    }
}
