namespace CellThalamus.Cli.Tests.Approvals;

/// <summary>The guard every golden goes through: a changed model golden under an unchanged sim_version is refused.</summary>
public class GoldenDriftTests
{
    private const string Approved = "sim_version: 7\ncontent aa\nfile    bb\n";

    [Test]
    public void Changed_hash_under_the_same_sim_version_asks_for_a_version_bump()
    {
        var message = Golden.Drift(Approved, "sim_version: 7\ncontent ac\nfile    bb\n", "7");
        Assert.That(message, Does.StartWith("model output changed but sim_version is still 7: bump WellModel.SimVersion, re-approve the goldens and explain the change in the commit."));
        Assert.That(message, Does.Contain("line 2: approved 'content aa'").And.Contain("line 2: received 'content ac'").And.Not.Contain("line 3"));
    }

    [Test]
    public void Changed_hash_under_a_bumped_sim_version_is_left_to_the_reviewer()
    {
        Assert.That(Golden.Drift(Approved, "sim_version: 8\ncontent ac\nfile    bb\n", "8"), Is.Null);
    }

    [Test]
    public void Unchanged_golden_is_not_drift()
    {
        Assert.That(Golden.Drift(Approved, Approved, "7"), Is.Null);
    }

    [Test]
    public void Changed_golden_without_a_sim_version_line_is_left_to_the_reviewer()
    {
        Assert.That(Golden.Drift("Usage:\n  run\n", "Usage:\n  run [options]\n", "7"), Is.Null);
    }

    [Test]
    public void Added_lines_are_shown_among_the_differences()
    {
        Assert.That(Golden.Drift(Approved, Approved + "extra\n", "7"), Does.Contain("line 4: received 'extra'").And.Contain("line 5: approved '<missing>'"));
    }
}
