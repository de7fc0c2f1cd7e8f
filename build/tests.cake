using System.Xml.Linq;

var testCounts = (Passed: 0, Failed: 0);

// Runs every test project (already built) and adds up the TRX counters.
void RunTests()
{
    var results = System.IO.Path.Combine(artifacts, "test-results");
    if (System.IO.Directory.Exists(results)) System.IO.Directory.Delete(results, true);
    var code = Exec("dotnet", new[] { "test", solution, "-c", configuration, "--no-build", "--nologo", "--logger", "trx", "--results-directory", results });
    // Sorted so the count never depends on the order the file system lists files in.
    foreach (var trx in System.IO.Directory.GetFiles(results, "*.trx").OrderBy(f => f, StringComparer.Ordinal))
    {
        var counters = XDocument.Load(trx).Descendants().First(e => e.Name.LocalName == "Counters");
        testCounts.Passed += int.Parse(counters.Attribute("passed").Value, CultureInfo.InvariantCulture);
        testCounts.Failed += int.Parse(counters.Attribute("failed").Value, CultureInfo.InvariantCulture)
            + int.Parse(counters.Attribute("error").Value, CultureInfo.InvariantCulture)
            + int.Parse(counters.Attribute("timeout").Value, CultureInfo.InvariantCulture)
            + int.Parse(counters.Attribute("aborted").Value, CultureInfo.InvariantCulture);
    }
    if (code != 0 && testCounts.Failed == 0) testCounts.Failed = 1; // a crashed test host counts as a failure
}

Task("Test")
    .Description("Run every NUnit test project; prints 'tests: N passed, M failed'.")
    .IsDependentOn("Compile")
    .Does(() =>
{
    RunTests();
    Console.WriteLine($"tests: {testCounts.Passed} passed, {testCounts.Failed} failed");
    if (testCounts.Failed > 0) throw new CakeException(1, "tests failed");
});
