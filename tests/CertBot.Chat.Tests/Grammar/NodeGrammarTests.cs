using CertBot.Chat.Grammar;
using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Tests.Grammar;

/// <summary><c>show all for &lt;node&gt;</c> and <c>certs &lt;cluster&gt; &lt;node&gt;</c>: node names resolve across the configured clusters.</summary>
public sealed class NodeGrammarTests
{
    private static readonly CommandParser Parser = new(["lab-east", "lab-west"], new Dictionary<string, IReadOnlyList<string>>
    {
        ["lab-east"] = ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1"],
        ["lab-west"] = ["cucm-pub", "cucm-sub1"],
    });

    public static TheoryData<string, ChatCommand> Understood => new()
    {
        { "show all for imp-pub", new ShowNodeCertificatesCommand("lab-east", "imp-pub") },
        { "show all for IMP_SUB1 please", new ShowNodeCertificatesCommand("lab-east", "imp-sub1") },
        { "show all for lab-west/cucm-sub1", new ShowNodeCertificatesCommand("lab-west", "cucm-sub1") },
        { "show all for cucm-pub on lab-west", new ShowNodeCertificatesCommand("lab-west", "cucm-pub") },
        { "show all certificates of cucm-pub on lab-east", new ShowNodeCertificatesCommand("lab-east", "cucm-pub") },
        { "certs lab-west cucm-sub1", new ShowNodeCertificatesCommand("lab-west", "cucm-sub1") },
        { "certs imp-pub expiring 60", new ShowNodeCertificatesCommand("lab-east", "imp-pub", 60) },
        { "show imp-sub1", new ShowNodeCertificatesCommand("lab-east", "imp-sub1") },
        // A run stays a run; a cluster alone stays the cluster's inventory.
        { "show 1a2b3c4d", new ShowRunCommand("1a2b3c4d") },
        { "certs lab-east", new ListCertificatesCommand("lab-east", null) },
    };

    [Theory]
    [MemberData(nameof(Understood))]
    public void Parse_NodeNamed_ResolvesItsCluster(string text, ChatCommand expected)
    {
        var result = Parser.Parse(text);

        Assert.True(result.Understood, result.Refusal?.Text);
        Assert.Equal(expected, result.Command);
    }

    public static TheoryData<string, string, string?> Refused => new()
    {
        { "show all for cucm-pub", "`cucm-pub` is a node of `lab-east`, `lab-west`: name the cluster too.", "show all for cucm-pub on lab-east" },
        { "certs cucm-sub1", "`cucm-sub1` is a node of `lab-east`, `lab-west`: name the cluster too.", "show all for cucm-sub1 on lab-east" },
        { "certs lab-west imp-pub", "`lab-west` has no node 'imp-pub'; its nodes: `cucm-pub`, `cucm-sub1`.", null },
        { "show all for imp-sub9", "I know no node 'imp-sub9'. Nodes: lab-east: `cucm-pub`, `cucm-sub1`, `imp-pub`, `imp-sub1`; lab-west: `cucm-pub`, `cucm-sub1`.", "show all for imp-sub1" },
        { "show all for", "Which node? `clusters` lists every cluster's nodes.", "show all for cucm-pub" },
        { "show all for imp-pub and imp-sub1", "One node at a time, please: you named `imp-pub` and `imp-sub1`.", null },
        { "show all for lab-east/imp-pub on lab-west", "This command works on one cluster; you named `lab-east` and `lab-west`.", null },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Parse_NodeUnknownOrAmbiguous_IsRefusedNamingTheChoices(string text, string reason, string? suggestion)
    {
        var result = Parser.Parse(text);

        Assert.False(result.Understood, $"understood as {result.Command}");
        Assert.Equal(reason, result.Refusal.Reason);
        Assert.Equal(suggestion, result.Refusal.Suggestion);
    }

    [Fact]
    public void Help_ListsShowAllForNode_NextToCerts()
    {
        Assert.Equal(CommandUsage.ShowNode, CommandUsage.All[CommandUsage.All.ToList().IndexOf(CommandUsage.Certs) + 1]);
        Assert.Contains("show all for <node>", CommandUsage.Summary, StringComparison.Ordinal);
    }
}
