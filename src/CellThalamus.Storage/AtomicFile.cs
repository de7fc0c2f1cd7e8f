using System.Diagnostics;
using System.Globalization;

namespace CellThalamus.Storage;

/// <summary>
/// A run writes to a temporary file beside the target and renames it into place, so a killed run leaves
/// either no file or a complete one. Temporary names carry the writer's process id, so stale ones from a
/// killed run can be told from a live run's and removed.
/// </summary>
public static class AtomicFile
{
    private const string PartialMarker = ".partial-";

    public static string TempPathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, "." + Path.GetFileName(target) + PartialMarker + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Removes temporary and journal files left by killed runs for this target; a live writer's files are kept.</summary>
    public static IReadOnlyList<string> RemoveStale(string target)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var removed = new List<string>();
        var prefix = "." + Path.GetFileName(target) + PartialMarker;
        // Sorted so the report lists files in the same order everywhere.
        foreach (var path in Directory.EnumerateFiles(directory, prefix + "*").Order(StringComparer.Ordinal))
        {
            var rest = Path.GetFileName(path)[prefix.Length..];
            var pidText = rest.EndsWith("-journal", StringComparison.Ordinal) ? rest[..^"-journal".Length] : rest;
            if (int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsAlive(pid))
            {
                File.Delete(path);
                removed.Add(path);
            }
        }

        return removed;
    }

    /// <summary>Flushes the finished temporary file to disk and renames it onto the target.</summary>
    public static void Publish(string temp, string target, bool overwrite)
    {
        using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, target, overwrite);
    }

    public static void Discard(string temp)
    {
        foreach (var path in new[] { temp, temp + "-journal" })
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
