using System.Text;

namespace CellThalamus.Cli;

/// <summary>Opens a file the user named on the command line; a missing or unreadable file is a one-line usage error.</summary>
public static class InputFile
{
    // Strict UTF-8: a file saved in another encoding is reported instead of read with replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A reader that skips a byte-order mark (and follows a UTF-16 one, as some spreadsheets save).</summary>
    public static TextReader Open(string path, string option)
    {
        Check(path, option);
        try
        {
            return new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} file '{path}' cannot be read: {e.Message}");
        }
    }

    public static string ReadAllText(string path, string option)
    {
        using var reader = Open(path, option);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"{option} file '{path}' is not valid UTF-8 text; expected UTF-8");
        }
    }

    private static void Check(string path, string option)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} '{path}' is a folder; expected a file");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{option} file '{path}' does not exist");
        }
    }
}
