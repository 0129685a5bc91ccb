using CertBot.Chat.Grammar;
using CertBot.Chat.Grammar.Commands;
using CertBot.Engine.Procedures;

namespace CertBot.Chat.Tests.Grammar;

/// <summary>P9 in chat: <c>renew &lt;unit&gt; on &lt;cluster&gt; [single-node|multi-server]</c> and <c>certificate &lt;run&gt;</c> with the CA's answer.</summary>
public sealed class RenewGrammarTests
{
    private const string Pem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----";
    private static readonly CommandParser TwoClusters = new(["lab-east", "lab-west"]);

    public static TheoryData<string, ChatCommand> Understood => new()
    {
        { "renew cup-xmpp on lab-east", new RenewCommand(UnitCatalog.CupXmpp, "lab-east", null) },
        { "renew the tomcat cert on lab-east", new RenewCommand(UnitCatalog.Tomcat, "lab-east", null) },
        { "renew tomcat on lab-east multi-server", new RenewCommand(UnitCatalog.Tomcat, "lab-east", true) },
        { "please renew tomcat on LAB-WEST single-node", new RenewCommand(UnitCatalog.Tomcat, "lab-west", false) },
        { "renew cup-xmpp --cluster lab-east --distribution single-node", new RenewCommand(UnitCatalog.CupXmpp, "lab-east", false) },
        { "renewal of the xmpp-s2s certificate on lab-east", new RenewCommand(UnitCatalog.CupXmppS2s, "lab-east", null) },
        { "certificate 1a2b3c4d " + Pem, new ProvideCertificateCommand("1a2b3c4d", Pem) },
        { "certificate for run #1a2b3c4d:\n" + Pem + "\n" + Pem, new ProvideCertificateCommand("1a2b3c4d", Pem + "\n" + Pem) },
        { "provide 1a2b3c4d " + Pem, new ProvideCertificateCommand("1a2b3c4d", Pem) },
        { "cert " + Pem, new ProvideCertificateCommand(null, Pem) },
        { "certificate 1a2b3c4d", new ProvideCertificateCommand("1a2b3c4d", null) },
        { "certificate 1a2b3c4d hello world", new ProvideCertificateCommand("1a2b3c4d", "hello world") },
        // "certificate" still lists a cluster's certificates.
        { "certificates lab-east", new ListCertificatesCommand("lab-east", null) },
        { "certificate lab-east expiring 30", new ListCertificatesCommand("lab-east", 30) },
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
        { "renw cup-xmpp on lab-east", "'renw'", "renew cup-xmpp on lab-east" },
        { "renew cup-xmp on lab-east", "'cup-xmp'", "renew cup-xmpp on lab-east" },
        { "renew tomcat on lab-east multi-servr", "'multi-servr'", "renew tomcat on lab-east multi-server" },
        { "renew on lab-east", "Which certificate?", "renew cup-xmpp on lab-east" },
        { "renew ipsec on lab-east", "Renewing `ipsec` through a CSR is not automated", "renew cup-xmpp on lab-east" },
        { "renew tomcat", "Which cluster?", "renew tomcat on lab-east" },
        { "renew tomcat on lab-east single-node multi-server", "Name one distribution", null },
        { "renew tomcat and cup-xmpp on lab-east", "One certificate at a time", null },
        { "certificate lab-east " + Pem, "'lab-east' does not look like a run id", null },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Parse_Mistake_IsRefusedWithTheReasonAndTheCorrection(string text, string reason, string? suggestion)
    {
        var result = TwoClusters.Parse(text);

        Assert.False(result.Understood, $"understood as {result.Command}");
        Assert.Contains(reason, result.Refusal.Text, StringComparison.Ordinal);
        Assert.Equal(suggestion, result.Refusal.Suggestion);
    }

    [Fact]
    public void Help_ListsRenewAndTheAnswer()
    {
        Assert.Contains(CommandUsage.Renew, CommandUsage.All);
        Assert.Contains(CommandUsage.Provide, CommandUsage.All);
        Assert.Contains("`renew`", CommandUsage.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvideCommand_NeverPrintsTheAnswer()
    {
        var command = new ProvideCertificateCommand("1a2b3c4d", Pem);

        Assert.DoesNotContain("BEGIN", command.ToString(), StringComparison.Ordinal);
    }
}
