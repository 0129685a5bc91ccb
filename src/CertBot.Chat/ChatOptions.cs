using CertBot.Chat.Views;

namespace CertBot.Chat;

/// <summary>The <c>CertBot:Chat</c> section: how the chat side delivers progress.</summary>
public sealed class ChatOptions
{
    public const string Section = "CertBot:Chat";

    /// <summary>How often the delivery service looks at the outbox.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// At most one progress update per run in this time: Teams allows about 7 sends per second per thread and
    /// a run can change faster than people read.
    /// </summary>
    public TimeSpan ProgressUpdateInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long events of a run without a known thread wait for the thread to be recorded (then they are dropped: the run came from the command line).</summary>
    public TimeSpan UnknownRunGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Consecutive failed deliveries (waiting 1 s, 2 s, 4 s … between them) after which a run's thread counts as
    /// unreachable: the run is flagged once in its journal and on the command line, and posts go on being retried.
    /// </summary>
    public int UnreachableAfterFailures { get; set; } = 8;

    /// <summary>
    /// Certificates needing attention an inventory card lists below its node rows (the most urgent); the rest are
    /// counted and left to <c>show all for &lt;node&gt;</c>. Teams refuses messages over about 28 KB. Default 40.
    /// </summary>
    public int MaxAttentionRows { get; set; } = ViewLimits.ListLines;

    /// <summary>Without <c>expiring &lt;days&gt;</c>, a certificate expiring within this many days needs attention on an inventory card. Default 30.</summary>
    public int ExpiringThresholdDays { get; set; } = 30;

    /// <summary>
    /// Requests the fronts have acknowledged and not yet worked on, across Teams and Slack; one more is refused
    /// with "busy, try again" (<see cref="Work.ChatBackgroundWork"/>).
    /// </summary>
    public int WorkQueueCapacity { get; set; } = 256;

    /// <summary>Commands that log into nodes (<c>certs</c>, every plan) one person may give per <see cref="NodeCommandWindow"/>. Default 6.</summary>
    public int NodeCommandsPerPerson { get; set; } = 6;

    /// <summary>The window <see cref="NodeCommandsPerPerson"/> counts in. Default one minute.</summary>
    public TimeSpan NodeCommandWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Acknowledged requests worked on at the same time (planning reads nodes over SSH and may take seconds).</summary>
    public int Workers { get; set; } = 4;
}
