using CertBot.Chat.Grammar.Commands;
using CertBot.Chat.Grammar;
using CertBot.Engine.Model;
using CertBot.Engine.Procedures;

namespace CertBot.Chat.Tests.Grammar;

public sealed class CommandParserTests
{
    private static readonly CommandParser TwoClusters = new(["lab-east", "lab-west"]);

    public static TheoryData<string, ChatCommand> Understood => new()
    {
        { "help", new HelpCommand() },
        { "HELP me", new HelpCommand() },
        { "?", new HelpCommand() },
        { "", new HelpCommand() },
        { "hi", new HelpCommand() },
        { "clusters", new ListClustersCommand() },
        { "show me the clusters please", new ListClustersCommand() },
        { "show 1a2b3c4d", new ShowRunCommand("1a2b3c4d") },
        { "show me run #1a2b3c4d", new ShowRunCommand("1a2b3c4d") },
        { "journal of 1a2b", new ShowRunCommand("1a2b") },
        { "certs lab-east", new ListCertificatesCommand("lab-east", null) },
        { "certs LAB-EAST expiring 30", new ListCertificatesCommand("lab-east", 30) },
        { "show certificates on lab-east expiring in 45 days", new ListCertificatesCommand("lab-east", 45) },
        { "list certs lab_west within 60d", new ListCertificatesCommand("lab-west", 60) },
        { "expired certs on lab-east", new ListCertificatesCommand("lab-east", 0) },
        { "inventory lab-west", new ListCertificatesCommand("lab-west", null) },
        { "refresh lab-east", new RefreshFactsCommand("lab-east") },
        { "reread the facts of LAB-WEST now", new RefreshFactsCommand("lab-west") },
        { "refresh certs on lab-east", new RefreshFactsCommand("lab-east") },
        { "check ipsec lab-east", new CheckIpsecCommand("lab-east") },
        { "verify the ipsec trust on lab-west", new CheckIpsecCommand("lab-west") },
        { "ipsec check lab-east", new CheckIpsecCommand("lab-east") },
        { "check certs on lab-east expiring 10", new ListCertificatesCommand("lab-east", 10) },
        { "regenerate tomcat on lab-east", new RegenerateCommand(UnitCatalog.Tomcat, "lab-east", null) },
        { "Regenerate TOMCAT on lab-east please", new RegenerateCommand(UnitCatalog.Tomcat, "lab-east", null) },
        { "reissue the tomcat cert on lab-east", new RegenerateCommand(UnitCatalog.Tomcat, "lab-east", null) },
        { "regen tomcat imp lab-west", new RegenerateCommand(UnitCatalog.Tomcat, "lab-west", Product.Imp) },
        { "regen tomcat on the CUCM nodes of lab-west", new RegenerateCommand(UnitCatalog.Tomcat, "lab-west", Product.Cucm) },
        { "regen cup-xmpp lab-east", new RegenerateCommand(UnitCatalog.CupXmpp, "lab-east", Product.Imp) },
        { "rotate xmpp-s2s on lab-east", new RegenerateCommand(UnitCatalog.CupXmppS2s, "lab-east", Product.Imp) },
        { "regenerate cup.pem on lab-east", new RegenerateCommand(UnitCatalog.Cup, "lab-east", Product.Imp) },
        { "regenerate ipsec on lab-east", new RegenerateCommand(UnitCatalog.Ipsec, "lab-east", Product.Imp) },
        { "please could you regenerate tomcat on lab-east?", new RegenerateCommand(UnitCatalog.Tomcat, "lab-east", null) },
        { "purge expired trust on lab-east", new PurgeExpiredTrustCommand("lab-east") },
        { "delete expired trust certs on lab-west", new PurgeExpiredTrustCommand("lab-west") },
        { "clean up expired trust lab-east", new PurgeExpiredTrustCommand("lab-east") },
        { "exchange certificates from lab-east to lab-west", new ExchangeCertificatesCommand("lab-east", "lab-west") },
        { "exchange certs to lab-east from lab-west", new ExchangeCertificatesCommand("lab-west", "lab-east") },
        { "bulk exchange lab-west to lab-east", new ExchangeCertificatesCommand("lab-west", "lab-east") },
        { "status", new RunStatusCommand(null) },
        { "status r-42", new RunStatusCommand("r-42") },
        { "status of run #42 please", new RunStatusCommand("42") },
        { "runs", new ListRunsCommand() },
        { "show runs", new ListRunsCommand() },
        { "cancel r-42", new CancelRunCommand("r-42") },
        { "abort run R-42", new CancelRunCommand("R-42") },
        { "approve r-42", new DecideRunCommand("r-42", RunDecision.Approve, null) },
        { "reject r-42: outside the window, retry Friday.", new DecideRunCommand("r-42", RunDecision.Reject, "outside the window, retry Friday.") },
        { "deny #7 not today", new DecideRunCommand("7", RunDecision.Reject, "not today") },
        { "watch lab-east here", new WatchCommand("lab-east") },
        { "please watch the certificates of lab_west in this channel", new WatchCommand("lab-west") },
        { "monitor expiry of lab-east here", new WatchCommand("lab-east") },
    };

    [Theory]
    [MemberData(nameof(Understood))]
    public void Parse_KnownPhrasing_GivesTheCommand(string text, ChatCommand expected)
    {
        var result = TwoClusters.Parse(text);

        Assert.True(result.Understood, result.Refusal?.Text);
        Assert.Equal(expected, result.Command);
    }

    public static TheoryData<string, string, string?> Refused => new()
    {
        // text, a fragment of the reason, the suggested command (null: none)
        { "regenrate tomcat on lab-east", "'regenrate'", "regenerate tomcat on lab-east" },
        { "stauts r-42", "'stauts'", "status r-42" },
        { "frobnicate everything", "'frobnicate'", null },
        { "regen tomcta on lab-east", "'tomcta'", "regen tomcat on lab-east" },
        { "regen tomcat on lab-esat", "'lab-esat'", "regen tomcat on lab-east" },
        { "regen tomcat on lab-north", "'lab-north'", null },
        { "regen tomcat", "Which cluster?", "regenerate tomcat on lab-east" },
        { "regen on lab-east", "Which certificate?", "regenerate tomcat on lab-east" },
        { "regen tomcat ipsec on lab-east", "One certificate at a time", null },
        { "regen tomcat on lab-east and lab-west", "one cluster", null },
        { "regen CallManager on lab-east", "not automated", null },
        { "regen capf lab-east", "not automated", null },
        { "regen itl on lab-east", "`ITLRecovery` is not automated", null },
        { "regen ipsec cucm lab-east", "on CUCM is not automated", null },
        { "regen cup-xmpp on the cucm of lab-east", "not a CUCM certificate", null },
        { "certs", "Which cluster?", "certs lab-east" },
        { "certs lab-east expiring", "how many days", "certs lab-east expiring 30" },
        { "certs lab-east expiring 99999", "more than I look ahead", null },
        { "check lab-east", "Check what?", null },
        { "delete trust on lab-east", "only deletes expired", "purge expired trust on lab-east" },
        { "delete tomcat on lab-east", "never deletes", "purge expired trust on lab-east" },
        { "exchange certificates between lab-east and lab-west", "Which way?", "exchange certificates from lab-east to lab-west" },
        { "exchange certificates from lab-east", "Name both clusters", "exchange certificates from lab-east to lab-west" },
        { "exchange from lab-east to lab-east", "both `lab-east`", null },
        { "cancel", "Which run?", null },
        { "approve", "Which run?", null },
        { "cancel r-1 r-2", "one run id", null },
        { "status r/42", "does not look like a run id", null },
        { "clusters lab-east", "'lab-east'", null },
        { "runs forever", "'forever'", null },
        { "watch here", "Which cluster?", "watch lab-east here" },
        { "watch lab-east hree", "'hree'", "watch lab-east here" },
        { "watch lab-east and lab-west here", "one cluster", null },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Parse_Unclear_RefusesWithReasonSuggestionAndUsage(string text, string reason, string? suggestion)
    {
        var result = TwoClusters.Parse(text);

        Assert.False(result.Understood, $"understood as {result.Command}");
        Assert.Contains(reason, result.Refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(suggestion, result.Refusal.Suggestion);
        Assert.Contains("Usage:", result.Refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommandWithTypo_QuotesThatCommandsUsageLine()
    {
        var refusal = TwoClusters.Parse("regen tomcta on lab-east").Refusal!;

        Assert.Equal(CommandUsage.Regenerate, refusal.Usage);
        Assert.Equal(
            "I don't know the word 'tomcta' here. Did you mean `regen tomcat on lab-east`?\nUsage: `regenerate <unit> on <cluster>`",
            refusal.Text);
    }

    [Fact]
    public void Parse_UnknownCommand_QuotesTheSummaryOfAllCommands()
    {
        var refusal = TwoClusters.Parse("frobnicate").Refusal!;

        Assert.Equal(CommandUsage.Summary, refusal.Usage);
    }

    [Fact]
    public void Parse_RegenerateWithoutCluster_UsesTheOnlyConfiguredCluster()
    {
        var single = new CommandParser(["lab-east"]);

        var result = single.Parse("regen tomcat imp");

        Assert.Equal(new RegenerateCommand(UnitCatalog.Tomcat, "lab-east", Product.Imp), result.Command);
    }

    [Fact]
    public void Parse_ClusterNamedLikeAProduct_IsTheCluster()
    {
        var parser = new CommandParser(["imp", "lab-east"]);

        var result = parser.Parse("regen tomcat imp");

        Assert.Equal(new RegenerateCommand(UnitCatalog.Tomcat, "imp", null), result.Command);
    }

    [Fact]
    public void Parse_NoClusterConfigured_SaysSo()
    {
        var result = new CommandParser([]).Parse("certs lab-east");

        Assert.False(result.Understood);
        Assert.Contains("'lab-east'", result.Refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("No cluster is configured", new CommandParser([]).Parse("certs").Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingCluster_ListsTheConfiguredClusters()
    {
        var refusal = TwoClusters.Parse("purge expired trust").Refusal!;

        Assert.Equal("Which cluster? Configured clusters: `lab-east`, `lab-west`.", refusal.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("!!! ??? ...")]
    [InlineData("regenerate")]
    [InlineData("regenerate regenerate regenerate")]
    [InlineData("on on on on")]
    [InlineData("exchange to to to")]
    [InlineData("certs 30 30 expiring expired")]
    [InlineData("status ####")]
    [InlineData("show")]
    [InlineData("show 1a2b3c4d and more")]
    [InlineData("approve # :")]
    [InlineData("\u00e9t\u00e9 \u2603 \U0001F512 lab-east")]
    [InlineData("check check check")]
    [InlineData("regen tomcat on lab-east 2147483648999")]
    public void Parse_AnyInput_AnswersWithoutThrowing(string? text)
    {
        var result = TwoClusters.Parse(text);

        Assert.True(result.Understood || result.Refusal.Text.Contains("Usage:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_VeryLongMessage_IsRefusedQuickly()
    {
        var text = "regen " + string.Join(' ', Enumerable.Repeat("tomcat", 5000)) + " lab-north";

        var result = TwoClusters.Parse(text);

        Assert.False(result.Understood);
    }
}
