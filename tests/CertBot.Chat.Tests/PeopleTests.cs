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
}
