namespace CertBot.Chat.Tests.Support;

/// <summary>
/// A test class that talks to the chat core on the shared chat lab: a <see cref="ChatHarness"/> is started before each
/// test and disposed after it. A class that needs other settings, a clock or another cluster left without approvers
/// overrides <see cref="StartHarness"/>.
/// </summary>
public abstract class ChatLabTests(ChatLab lab) : IAsyncLifetime
{
    /// <summary>The shared lab: its nodes, and faults injected on them.</summary>
    protected ChatLab Lab { get; } = lab;

    /// <summary>The chat core of this test, as started by <see cref="StartHarness"/>.</summary>
    private protected ChatHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Harness = StartHarness();
        await Harness.InitializeAsync();
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();

    /// <summary>Starts the harness with the lab's defaults; called once before each test.</summary>
    private protected virtual ChatHarness StartHarness() => ChatHarness.Start(Lab);
}
