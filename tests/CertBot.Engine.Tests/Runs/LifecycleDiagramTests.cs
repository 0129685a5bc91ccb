using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>The diagram in the engine's README is generated from the transition table; this keeps them equal.</summary>
public sealed class LifecycleDiagramTests
{
    [Fact]
    public void Readme_ShowsTheLifecycleAsTheTableDefinesIt()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CertBot.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var readme = File.ReadAllText(Path.Combine(directory.FullName, "src", "CertBot.Engine", "README.md"));
        Assert.Contains("```mermaid\n" + RunLifecycle.ToMermaid() + "```", readme, StringComparison.Ordinal);
    }
}
