namespace CertBot.Lab.Node;

/// <summary>The login banner, sent in chunks over the profile's banner delay as real nodes do.</summary>
internal static class Banner
{
    public static async Task ShowAsync(Terminal terminal, int milliseconds, TimeProvider time, CancellationToken cancellationToken)
    {
        var step = TimeSpan.FromMilliseconds(Math.Max(0, milliseconds) / 3.0);
        await terminal.WriteLineAsync("Command Line Interface is starting up, please wait ...");
        await Task.Delay(step, time, cancellationToken);
        await terminal.WriteLineAsync("");
        await terminal.WriteLineAsync("   Welcome to the Platform Command Line Interface");
        await Task.Delay(step, time, cancellationToken);
        await terminal.WriteLineAsync("");
        await terminal.WriteLineAsync("VMware Installation:");
        await terminal.WriteLineAsync("  4 vCPU: Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz");
        await terminal.WriteLineAsync("  Disk 1: 110GB, Partitions aligned");
        await terminal.WriteLineAsync("  8192 Mbytes RAM");
        await Task.Delay(step, time, cancellationToken);
    }
}
