using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Planning.Facts;

/// <summary>A node's facts are read once: the port lists every certificate with its fields, so nothing listed is read again.</summary>
public sealed class NodeFactsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeLab lab = new();

    [Fact]
    public async Task Identities_AndTheWholeOwnStore_AreOneListing()
    {
        var node = lab["cucm-pub"];
        await using var session = await lab.Port.OpenAsync(node.Ref, None);
        var facts = new NodeFacts(node.Ref, session);

        var tomcat = await facts.IdentityAsync("tomcat", None);
        var ipsec = await facts.IdentityAsync("ipsec", None);
        var missing = await facts.IdentityAsync("cup", None);
        var own = await facts.OwnAsync(None);

        Assert.Equal(node.Own.Single(c => c.Unit == "tomcat"), tomcat);
        Assert.Equal(node.Own.Single(c => c.Unit == "ipsec"), ipsec);
        Assert.Null(missing);
        Assert.Equal(node.Own, own);
        Assert.Equal(["cucm-pub: show cert list own"], lab.Port.Log);
    }

    [Fact]
    public async Task Trust_IsTakenAsListed_AndReadOnce()
    {
        var node = lab["cucm-sub1"];
        await using var session = await lab.Port.OpenAsync(node.Ref, None);
        var facts = new NodeFacts(node.Ref, session);

        var first = await facts.TrustAsync(None);
        var second = await facts.TrustAsync(None);

        Assert.Same(first, second);
        Assert.Equal(node.Trust, first);
        Assert.Equal(["cucm-sub1: show cert list trust"], lab.Port.Log);
    }
}
