namespace CertBot.Engine.Planning;

/// <summary>Plan-card estimates per step kind (real nodes take seconds per command, platform-cli.md §1.8).</summary>
internal static class Durations
{
    public static readonly TimeSpan Regenerate = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan TrustChange = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan BulkSftp = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan BulkTransfer = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan FileCheck = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Person = TimeSpan.Zero;
}
