using CertBot.Cisco.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Model;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cisco.Tests.Configuration;

public sealed class NodeConnectionValidatorTests
{
    private static readonly NodeConnectionValidator NoSecrets = With(_ => null);

    private static NodeConnectionValidator With(Func<string, string?> environment) =>
        new(new ConfigurationSecretSource(new ConfigurationBuilder().Build(), environment));

    private static EngineOptions Options(Func<NodeOptions, NodeOptions>? change = null)
    {
        var node = new NodeOptions("imp-sub1", Product.Imp, NodeRole.Subscriber)
        {
            Host = "127.0.0.14", Username = "admin", Password = "lab", HostKeySha256 = "SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDE",
        };
        return new EngineOptions { Clusters = [new ClusterOptions("lab-east", [change is null ? node : change(node)], [], [])] };
    }

    [Fact]
    public void Validate_CompleteNode_HasNoProblems()
    {
        Assert.Empty(NoSecrets.Problems(Options()));
    }

    [Fact]
    public void Validate_MissingHostKey_TellsHowToGetIt()
    {
        var problems = NoSecrets.Problems(Options(n => n with { HostKeySha256 = null }));

        Assert.Equal(["cluster 'lab-east' node 'imp-sub1' has no hostKeySha256: add it or run `certbot trust-host 127.0.0.14`"], problems);
    }

    [Fact]
    public void Validate_HostKeyOnAnotherPort_NamesThePortInTheHint()
    {
        var problems = NoSecrets.Problems(Options(n => n with { HostKeySha256 = "md5:aa", Port = 2222 }));

        Assert.Contains("certbot trust-host 127.0.0.14:2222", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PasswordVariableNotSet_SaysWhichVariable()
    {
        var fromVariable = Options(n => n with { Password = null, PasswordEnvironmentVariable = "EAST_ADMIN_PW" });

        Assert.Equal(["cluster 'lab-east' node 'imp-sub1' takes its password from the environment variable EAST_ADMIN_PW, which is not set"], NoSecrets.Problems(fromVariable));
        Assert.Empty(With(v => v == "EAST_ADMIN_PW" ? "x" : null).Problems(fromVariable));
    }

    [Fact]
    public void Validate_SftpServerWithoutKeyOrPassword_IsReportedLikeANode()
    {
        var options = Options() with { Sftp = new SftpOptions { Host = "127.0.0.10", Username = "sftpuser" } };

        var problems = NoSecrets.Problems(options);

        Assert.Contains("the SFTP server (CertBot:Sftp) has no password: set PasswordEnvironmentVariable to the variable that holds it", problems);
        Assert.Contains("the SFTP server (CertBot:Sftp) has no hostKeySha256: add it or run `certbot trust-host 127.0.0.10`", problems);
    }
}
