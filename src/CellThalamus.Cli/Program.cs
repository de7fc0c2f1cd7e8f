using System.Runtime.InteropServices;

namespace CellThalamus.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Ctrl-C and SIGTERM cancel the run, which removes its temporary file; SIGKILL cannot be caught, and the
        // next run into the same folder removes what it left.
        using var interrupt = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        return CliApp.Invoke(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable, !Console.IsOutputRedirected)
        {
            Cancellation = interrupt.Token,
        });

        void Cancel(PosixSignalContext signal)
        {
            signal.Cancel = true;
            interrupt.Cancel();
        }
    }
}
