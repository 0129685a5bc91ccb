using CertBot.Cisco.Configuration;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Tests.Configuration;

public sealed class CertBotOptionsValidatorTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private static CertBotOptions Options(Action<NodeOptions>? change = null)
    {
        var node = new NodeOptions
        {
            Name = "imp-sub1", Host = "127.0.0.14", Product = Product.Imp, Role = NodeRole.Subscriber, Username = "admin",
            Password = "lab", HostKeySha256 = "SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDE",
        };
        change?.Invoke(node);
        var cluster = new ClusterOptions { Name = "lab-east" };
        cluster.Nodes.Add(node);
        var options = new CertBotOptions();
        options.Clusters.Add(cluster);
        return options;
    }

    [Fact]
    public void Validate_CompleteNode_HasNoProblems()
    {
        Assert.Empty(CertBotOptionsValidator.Validate(Options(), NoEnvironment));
    }

    [Fact]
    public void Validate_MissingHostKey_TellsHowToGetIt()
    {
        var problems = CertBotOptionsValidator.Validate(Options(n => n.HostKeySha256 = null), NoEnvironment);

        Assert.Equal(["cluster 'lab-east' node 'imp-sub1' has no hostKeySha256: add it or run `certbot trust-host 127.0.0.14`"], problems);
    }

    [Fact]
    public void Validate_HostKeyOnAnotherPort_NamesThePortInTheHint()
    {
        var problems = CertBotOptionsValidator.Validate(Options(n => (n.HostKeySha256, n.Port) = ("md5:aa", 2222)), NoEnvironment);

        Assert.Contains("certbot trust-host 127.0.0.14:2222", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PasswordVariableNotSet_SaysWhichVariable()
    {
        var problems = CertBotOptionsValidator.Validate(Options(n => (n.Password, n.PasswordEnvironmentVariable) = (null, "EAST_ADMIN_PW")), NoEnvironment);

        Assert.Equal(["cluster 'lab-east' node 'imp-sub1' takes its password from the environment variable EAST_ADMIN_PW, which is not set"], problems);
        Assert.Empty(CertBotOptionsValidator.Validate(Options(n => (n.Password, n.PasswordEnvironmentVariable) = (null, "EAST_ADMIN_PW")), v => v == "EAST_ADMIN_PW" ? "x" : null));
    }

    [Fact]
    public void Validate_MissingProductRoleAndHost_AreEachReported()
    {
        var problems = CertBotOptionsValidator.Validate(Options(n => (n.Product, n.Role) = (null, null)), NoEnvironment);

        Assert.Contains("cluster 'lab-east' node 'imp-sub1' has no product: set Product to cucm or imp", problems);
        Assert.Contains("cluster 'lab-east' node 'imp-sub1' has no role: set Role to publisher or subscriber", problems);
    }
}
