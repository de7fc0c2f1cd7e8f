namespace CellThalamus.Cli;

public static class Program
{
    public static int Main(string[] args) =>
        CliApp.Invoke(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable, !Console.IsOutputRedirected));
}
