namespace CertBot.Lab.State;

/// <summary>Delays of the simulated node in milliseconds (copied from the lab profile when seeding).</summary>
public sealed class NodeTiming
{
    /// <summary>From login to the first prompt; the banner arrives in chunks over this time.</summary>
    public int BannerMilliseconds { get; set; }

    /// <summary>Before any command's output.</summary>
    public int CommandMilliseconds { get; set; }

    public int RegenerationMilliseconds { get; set; }

    /// <summary>How long a service spends STOPPING or STARTING.</summary>
    public int ServiceTransitionMilliseconds { get; set; }

    /// <summary>Same for slow services such as Cisco Tomcat.</summary>
    public int SlowServiceTransitionMilliseconds { get; set; }

    /// <summary>Interval between repeated <c>X[STARTING]</c> lines.</summary>
    public int ServiceProgressMilliseconds { get; set; } = 1;

    public int BulkMilliseconds { get; set; }
}
