using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Configuration;

public sealed class ConfigurationTests
{
    private static readonly ClusterOptions Window = new("w", [new NodeOptions("p", Product.Cucm, NodeRole.Publisher)], ["cli:bob"],
        [new MaintenanceWindowOptions(DayOfWeek.Saturday, new TimeOnly(22, 0), TimeSpan.FromHours(6))], "Europe/Amsterdam");

    [Theory]
    [InlineData("2026-11-21T20:59:00Z", false)] // Saturday 21:59 in Amsterdam
    [InlineData("2026-11-21T21:00:00Z", true)]  // Saturday 22:00
    [InlineData("2026-11-22T02:30:00Z", true)]  // Sunday 03:30: the window runs past midnight
    [InlineData("2026-11-22T03:00:00Z", false)] // Sunday 04:00: over
    [InlineData("2026-11-20T21:30:00Z", false)] // Friday 22:30
    public void MaintenanceWindow_IsOpenInTheClustersOwnTimeZone(string utc, bool open) =>
        Assert.Equal(open, MaintenanceWindows.IsOpen(Window, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NoWindow_MeansAnyTime()
    {
        Assert.True(MaintenanceWindows.IsOpen(Window with { MaintenanceWindows = [] }, Certs.Now));
        Assert.Contains("at any time", MaintenanceWindows.Describe(Window with { MaintenanceWindows = [] }), StringComparison.Ordinal);
        Assert.Equal("Saturday 22:00 for 6:00 (Europe/Amsterdam)", MaintenanceWindows.Describe(Window));
    }

    [Fact]
    public void Validate_TheLab_HasNoError() => Assert.Empty(EngineOptionsValidator.Validate(new FakeLab().Options));

    [Fact]
    public void Validate_SaysWhatToFix()
    {
        var options = new EngineOptions
        {
            GateExpiry = TimeSpan.Zero,
            Clusters =
            [
                new ClusterOptions("east", [new NodeOptions("a", Product.Imp, NodeRole.Subscriber), new NodeOptions("a", Product.Imp, NodeRole.Subscriber)],
                    ["bob"], [], "Mars/Olympus"),
                new ClusterOptions("EAST", [new NodeOptions("b", Product.Cucm, NodeRole.Publisher)], [], []),
            ],
        };

        var errors = EngineOptionsValidator.Validate(options);

        Assert.Contains("cluster 'east' is configured 2 times", errors);
        Assert.Contains(errors, e => e.StartsWith("GateExpiry", StringComparison.Ordinal));
        Assert.Contains("cluster 'east' lists node 'a' 2 times", errors);
        Assert.Contains(errors, e => e.Contains("has 0 Imp publishers", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("approver 'bob' is neither a principal", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("time zone 'Mars/Olympus' is unknown", StringComparison.Ordinal));
        // A cluster without approvers is read-only, not a mistake: a warning, never a refusal to start.
        Assert.DoesNotContain(errors, e => e.Contains("EAST", StringComparison.Ordinal) && e.Contains("approver", StringComparison.Ordinal));
        Assert.Equal(["cluster 'EAST' has no approver: it is read-only (inventory and checks work; changes are refused until approvers are added in the configuration)"],
            EngineOptionsValidator.Warnings(options));
    }

    [Fact]
    public void People_OneIdentityIsOnePerson_AndListsNameConfiguredPeopleOrPrincipals()
    {
        var options = new FakeLab
        {
            People =
            [
                new PersonOptions { Name = "Alan", Identities = ["aad:1111", "slack:U1"] },
                new PersonOptions { Name = "Una", Identities = ["slack:U1", "cli:una"] },
                new PersonOptions { Name = "alan", Identities = ["cli:alan"] },
                new PersonOptions { Name = "Nobody", Identities = ["bob"] },
                new PersonOptions { Name = "", Identities = ["cli:anon"] },
            ],
        }.Options;
        options = options with { Clusters = [options.Clusters[0] with { Approvers = ["Alan", "Zed"], Requesters = ["cli:x", "Yves"] }, options.Clusters[1]] };

        var errors = EngineOptionsValidator.Validate(options);

        Assert.Contains("identity slack:U1 belongs to both 'Alan' and 'Una': one identity is one person", errors);
        Assert.Contains("person 'Alan' is configured 2 times", errors);
        Assert.Contains(errors, e => e.StartsWith("person 'Nobody' identity 'bob' is not a principal", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("a person without a name lists cli:anon", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("cluster 'lab-east' approver 'Zed' is neither a principal", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("cluster 'lab-east' requester 'Yves' is neither a principal", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("'Alan' is neither", StringComparison.Ordinal));
        Assert.Equal(6, errors.Count);
    }
}
