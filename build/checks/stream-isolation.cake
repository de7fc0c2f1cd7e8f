// Check 3: the CLI's self-test on the real simulation: observer independence, addressability, known answers.
CheckResult StreamIsolation() => RunCheck("StreamIsolation", folder =>
{
    var (code, output) = Capture("dotnet", new[] { cliDll, "self-test", "--seed", checkSeed });
    System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "self-test.txt"), output);
    var lines = output.Split('\n').Where(l => l.StartsWith("PASS") || l.StartsWith("FAIL")).Select(l => l.Split(':')[0]).ToList();
    return code == 0
        ? (Verdict.Pass, $"self-test: {string.Join("; ", lines)}")
        : (Verdict.Fail, $"self-test exit {code}: {string.Join("; ", lines)}");
});

Task("StreamIsolation").Description("Check 3: self-test proves the assay never moves physics and any subset/order/thread count gives the same bits.").IsDependentOn("Compile")
    .Does(() => FailUnlessPassed(StreamIsolation()));

Task("SelfTest").Description("Run `cell-thalamus self-test`.").IsDependentOn("Compile")
    .Does(() => Cli(new[] { "self-test", "--seed", checkSeed }, "self-test"));
