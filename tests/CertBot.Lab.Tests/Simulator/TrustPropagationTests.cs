namespace CertBot.Lab.Tests.Simulator;

/// <summary>From 11.0 a trust deletion on one node removes the same entry from the product's other nodes; before 11.0 it does not.</summary>
public sealed class TrustPropagationTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public TrustPropagationTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task Delete_OnRelease14_IsGoneFromTheOtherUnifiedCmNode_NotFromImAndPresence()
    {
        var file = "cucm-sub1.east.lab.example.pem";
        Assert.True(lab.Store("lab-east", "cucm-sub1").Files.HasTrust("tomcat-trust", file));
        Assert.True(lab.Store("lab-east", "imp-pub").Files.HasTrust("tomcat-trust", file));

        await DeleteAsync("lab-east", "cucm-pub", "tomcat", file);

        Assert.False(lab.Store("lab-east", "cucm-pub").Files.HasTrust("tomcat-trust", file));
        Assert.False(lab.Store("lab-east", "cucm-sub1").Files.HasTrust("tomcat-trust", file));
        Assert.True(lab.Store("lab-east", "imp-pub").Files.HasTrust("tomcat-trust", file));
    }

    [Fact]
    public async Task Delete_OnRelease10_StaysOnTheNodeAsked()
    {
        foreach (var node in new[] { "cucm-pub", "cucm-sub1" })
        {
            await lab.Store("lab-west", node).UpdateAsync((state, _) => state.Version = "10.5.2.15900-8", CancellationToken.None);
        }

        var file = "cucm-sub1.west.lab.example.pem";

        await DeleteAsync("lab-west", "cucm-pub", "tomcat", file);

        Assert.False(lab.Store("lab-west", "cucm-pub").Files.HasTrust("tomcat-trust", file));
        Assert.True(lab.Store("lab-west", "cucm-sub1").Files.HasTrust("tomcat-trust", file));
    }

    private async Task DeleteAsync(string cluster, string node, string unit, string file)
    {
        await using var console = await lab.LoginAsync(cluster, node);
        await console.RunUntilAsync($"set cert delete {unit} {file}", "(yes|no)? ");
        Assert.Contains($"Successfully deleted certificate {file}", await console.AnswerAsync("yes"), StringComparison.Ordinal);
    }
}
