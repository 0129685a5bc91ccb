namespace CertBot.Chat.Tests;

/// <summary>Names replace whole principals only: one person's id never rewrites the start of another's.</summary>
public sealed class PeopleTests
{
    [Theory]
    [InlineData("slack:U12 approved the run", "slack:U12 approved the run")]
    [InlineData("slack:U1 asked; slack:U12 approved.", "Una asked; slack:U12 approved.")]
    [InlineData("requested by SLACK:u1.", "requested by Una.")]
    [InlineData("cli:alan.smith approved", "cli:alan.smith approved")]
    [InlineData("cli:alan approved (cli:alan)", "Alan approved (Alan)")]
    [InlineData("aad:2222-ab is not an approver of lab-east", "aad:2222-ab is not an approver of lab-east")]
    [InlineData("aad:2222 is not an approver of lab-east", "Alan Approver is not an approver of lab-east")]
    public void Humanize_ReplacesWholePrincipalsOnly(string text, string expected)
    {
        var people = new People();
        people.Remember("slack:U1", "Una");
        people.Remember("cli:alan", "Alan");
        people.Remember("aad:2222", "Alan Approver");

        Assert.Equal(expected, people.Humanize(text));
    }

    [Fact]
    public void Humanize_NamesAConfiguredPersonInEveryNamespace_AndDropsThePrincipalTheEngineAlreadyNamed()
    {
        var directory = new CertBot.Engine.Runs.PersonDirectory(new CertBot.Engine.Configuration.EngineOptions
        {
            People = [new CertBot.Engine.Configuration.PersonOptions { Name = "Alan", Identities = ["aad:2222", "slack:U1"] }],
        });
        var people = new People(directory);
        people.Remember("slack:U1", "alan.t (Slack)");

        Assert.Equal("approved by Alan for plan 1", people.Humanize("approved by Alan (slack:U1) for plan 1"));
        Assert.Equal("Alan asked; Alan (Alan) approved", people.Humanize("aad:2222 asked; Alan (Alan) approved"));
        Assert.Equal("cli:zed (Alan) refused", people.Humanize("cli:zed (aad:2222) refused"));
        Assert.Equal("Alan", people.NameOf("SLACK:U1"));
    }
}
