// Shared machinery of the seven deployment checks: each returns a verdict; a check target fails for real on FAIL.
public enum Verdict { Pass, Fail, NotRun }

public sealed record CheckResult(string Name, Verdict Verdict, string Evidence, TimeSpan Duration);

var checkResults = new List<CheckResult>();
var checkSeed = Argument<string>("seed", "0");
var baselineCache = new Dictionary<string, string>();

string CheckFolder(string name)
{
    var folder = System.IO.Path.Combine(artifacts, "checks", name);
    if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, true);
    System.IO.Directory.CreateDirectory(folder);
    return folder;
}

// Runs one check, records it, cleans its artefacts on success, and keeps them (with the reason) on failure.
CheckResult RunCheck(string name, Func<string, (Verdict Verdict, string Evidence)> body)
{
    var folder = CheckFolder(name);
    var clock = Stopwatch.StartNew();
    (Verdict Verdict, string Evidence) outcome;
    try { outcome = body(folder); }
    catch (Exception e) { outcome = (Verdict.Fail, e.Message.ReplaceLineEndings(" ")); }
    var result = new CheckResult(name, outcome.Verdict, outcome.Evidence, clock.Elapsed);
    checkResults.Add(result);
    Console.WriteLine($"{(result.Verdict == Verdict.Pass ? "PASS" : result.Verdict == Verdict.Fail ? "FAIL" : "NOT RUN")}  {name}: {result.Evidence}");
    if (result.Verdict == Verdict.Pass) System.IO.Directory.Delete(folder, true);
    else Console.WriteLine($"      artefacts kept in {folder}");
    return result;
}

void FailUnlessPassed(CheckResult result)
{
    if (result.Verdict == Verdict.Fail) throw new CakeException(1, $"{result.Name} failed: {result.Evidence}");
}

// Runs the built CLI (or another command) with extra environment variables; returns exit code and output.
(int Code, string Output) Capture(string file, IEnumerable<string> args, IDictionary<string, string> environment = null, bool cleanEnvironment = false, string workingDirectory = null)
{
    var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? root };
    foreach (var a in args) info.ArgumentList.Add(a);
    if (cleanEnvironment) info.Environment.Clear();
    if (environment != null) foreach (var kv in environment) info.Environment[kv.Key] = kv.Value;
    using var process = Process.Start(info);
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    return (process.ExitCode, stdout.Result + stderr.Result);
}

// One campaign into its own folder; throws with the command's output if it fails. `program` + `entry` run another
// build of the command (a published dll, or an executable under an emulator); the default is the Release dll.
string RunCampaign(string outFolder, IEnumerable<string> extra, IDictionary<string, string> environment = null, string program = "dotnet", string entry = null)
{
    var args = new List<string> { entry ?? cliDll, "run", "--mode", "full", "--seed", checkSeed, "--out", outFolder, "--quiet" };
    args.AddRange(extra);
    var (code, output) = Capture(program, args, environment);
    if (code != 0) throw new Exception($"run failed with exit code {code}: {output.Trim()}");
    return System.IO.Path.Combine(outFolder, "cell_thalamus_results.db");
}

// Compares two folders file by file, byte by byte (what `diff -r` says); null when identical.
string FolderDifference(string a, string b)
{
    string[] List(string d) => System.IO.Directory.GetFiles(d, "*", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(d, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
    var (left, right) = (List(a), List(b));
    if (!left.SequenceEqual(right)) return $"different files: [{string.Join(", ", left)}] vs [{string.Join(", ", right)}]";
    foreach (var file in left)
    {
        var (x, y) = (System.IO.File.ReadAllBytes(System.IO.Path.Combine(a, file)), System.IO.File.ReadAllBytes(System.IO.Path.Combine(b, file)));
        if (!x.AsSpan().SequenceEqual(y))
        {
            var at = 0; while (at < Math.Min(x.Length, y.Length) && x[at] == y[at]) at++;
            return $"{file} differs from byte {at} ({x.Length} vs {y.Length} bytes)";
        }
    }
    return null;
}

string Sha256Of(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(path))).ToLowerInvariant();

// The seed's full campaign on this machine's default runtime settings: what every other leg must equal.
string Baseline(string folder)
{
    if (!baselineCache.TryGetValue(checkSeed, out var path) || !System.IO.File.Exists(path))
    {
        var dir = System.IO.Path.Combine(artifacts, "checks", "baseline-seed-" + checkSeed);
        if (System.IO.Directory.Exists(dir)) System.IO.Directory.Delete(dir, true);
        path = RunCampaign(dir, new[] { "--workers", "2" });
        baselineCache[checkSeed] = path;
    }
    return path;
}
