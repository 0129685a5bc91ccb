namespace CertBot.Engine.Configuration;

/// <summary><c>CertBot:Runner</c>: how the host drives the runner.</summary>
public sealed class RunnerOptions
{
    public const string Section = "CertBot:Runner";

    /// <summary>How often the runner looks for approved work (a zero or negative value means the default, 2 seconds).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The interval the runner uses: <see cref="PollInterval"/> when positive.</summary>
    public TimeSpan EffectivePollInterval => PollInterval > TimeSpan.Zero ? PollInterval : TimeSpan.FromSeconds(2);
}
