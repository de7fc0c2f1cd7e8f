using System.Globalization;
using ApprovalTests.Core;
using ApprovalTests.Namers;
using ApprovalTests.Writers;
using CellThalamus.Core.Model;

namespace CellThalamus.Cli.Tests.Approvals;

/// <summary>
/// Every golden test verifies through here, so a changed model golden fails until the model version is bumped.
/// To re-approve after a reviewed change: for model goldens (first line `sim_version: N`) bump `WellModel.SimVersion`
/// in src/CellThalamus.Core/Model/WellModel.cs first; run the tests; check each `*.received.txt` beside its test by
/// hand and rename it to `*.approved.txt` (`for f in *.received.txt; do mv "$f" "${f%.received.txt}.approved.txt"; done`
/// in this folder); commit the goldens with the change and say why they moved.
/// </summary>
public static class Golden
{
    public const string VersionPrefix = "sim_version: ";

    /// <summary>The first line of every golden that pins model output (hashes, rows, parameters).</summary>
    public static string VersionLine => VersionPrefix + WellModel.SimVersion;

    private const int DifferencesShown = 5;

    public static void Verify(string received, string scenario)
    {
        // Text written on Windows or read from a CRLF checkout must compare equal; goldens are LF (.gitattributes).
        received = received.ReplaceLineEndings("\n");
        NamerFactory.AdditionalInformation = scenario;
        var namer = new CachedNamer(new UnitTestFrameworkNamer());
        var approvedPath = Path.Combine(namer.SourcePath, namer.Name + ".approved.txt");
        if (File.Exists(approvedPath))
        {
            var drift = Drift(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), received, WellModel.SimVersion);
            if (drift is not null)
            {
                // Left beside the approved file, as ApprovalTests does, so the reviewer can diff and approve it.
                WriterFactory.CreateTextWriter(received).WriteReceivedFile(Path.Combine(namer.SourcePath, namer.Name + ".received.txt"));
                Assert.Fail(drift);
            }
        }

        ApprovalTests.Approvals.Verify(WriterFactory.CreateTextWriter(received), namer, ApprovalTests.Approvals.GetReporter());
    }

    /// <summary>
    /// The failure message when a model golden changed but its sim_version did not; null when ApprovalTests should
    /// decide (identical text, a golden without a sim_version line such as help text, or a bumped version).
    /// </summary>
    public static string? Drift(string approved, string received, string simVersion)
    {
        var approvedLines = approved.Split('\n');
        if (approved == received || !approvedLines[0].StartsWith(VersionPrefix, StringComparison.Ordinal)
            || approvedLines[0][VersionPrefix.Length..] != simVersion)
        {
            return null;
        }

        var receivedLines = received.Split('\n');
        var differences = Enumerable.Range(0, Math.Max(approvedLines.Length, receivedLines.Length))
            .Where(i => Line(approvedLines, i) != Line(receivedLines, i))
            .Take(DifferencesShown)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"\n  line {i + 1}: approved '{Line(approvedLines, i)}'\n  line {i + 1}: received '{Line(receivedLines, i)}'"));
        return $"model output changed but sim_version is still {simVersion}: bump WellModel.SimVersion, re-approve the goldens and explain the change in the commit. Differences (first {DifferencesShown}):{string.Concat(differences)}";
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "<missing>";

    /// <summary>The stack-trace namer reads (and clears) NamerFactory.AdditionalInformation on every Name, so read it once.</summary>
    private sealed class CachedNamer(IApprovalNamer inner) : IApprovalNamer
    {
        public string Name { get; } = inner.Name;

        public string SourcePath { get; } = inner.SourcePath;
    }
}
