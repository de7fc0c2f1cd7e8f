namespace CellThalamus.Cli;

/// <summary>What a command may touch of the outside world, passed in so tests can run commands in-process.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> Environment, bool OutIsTerminal)
{
    public CancellationToken Cancellation { get; init; }
}

/// <summary>Bad input from the user: one line on stderr, exit code 2, nothing on disk touched.</summary>
public sealed class UsageException(string message) : Exception(message);

public static class ExitCodes
{
    public const int Success = 0;
    public const int Different = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;
}
