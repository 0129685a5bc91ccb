using CertBot.Engine.Execution;

namespace CertBot.Engine.Tests.Fakes;

public sealed class FakeSecrets : ISecretSource
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal) { ["BULK_SFTP_PASSWORD"] = "s3cret-Pa55word" };

    public string? Find(string name) => Values.GetValueOrDefault(name);
}
