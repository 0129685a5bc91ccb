namespace CertBot.Lab.Launcher;

/// <summary>
/// <c>certbot-lab down</c>: stops every process of the lab by pid (daemons, logins, simulators, sftp sessions),
/// verifies that none is left and removes the pid record. Inventory and state stay for inspection.
/// </summary>
internal static class DownVerb
{
    public static async Task<int> RunAsync(string? directory, TextWriter output, CancellationToken ct)
    {
        var layout = RuntimeDirectoryOption.Existing(directory);
        var stopped = await StopAsync(layout, output, ct);
        output.WriteLine(stopped ? $"Lab stopped: {layout.Root}" : $"No lab running in {layout.Root}");
        return 0;
    }

    /// <summary>Stops what runs in the directory; returns false when nothing did.</summary>
    public static async Task<bool> StopAsync(RuntimeLayout layout, TextWriter output, CancellationToken ct)
    {
        var run = LabRunFile.Load(layout);
        IReadOnlyList<DaemonRecord> daemons = run?.Daemons ?? [];
        var leftovers = LabProcesses.Find(layout, daemons);
        if (run is null && leftovers.Count == 0)
        {
            return false;
        }

        if (run is null)
        {
            output.WriteLine($"No pid record in {layout.Root}, but {leftovers.Count} process(es) of this lab run: stopping them");
        }

        await DaemonStopper.StopLabAsync(layout, daemons, ct);
        LabRunFile.Delete(layout);
        return true;
    }
}
