using CertBot.Engine.Planning;

namespace CertBot.Engine.Runs;

/// <summary>
/// What is left for people after a run, from the procedures' notes (procedures.md), only where that run gives
/// cause: phones re-register after a Cisco CallManager restart, DRF is proved by a backup after an ipsec change,
/// and the manual steps a run that ended early never had confirmed although it changed something (the Jabber
/// push, the phone checklist). What it left half-done (services stopped, PRG high availability off) is
/// <see cref="Leftovers"/>' and not repeated here.
/// </summary>
public static class FollowUps
{
    private const string Ipsec = "ipsec";

    public static IReadOnlyList<string> Of(Run run, IReadOnlyList<StepEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(evidence);
        var changes = RunEvidence.Verified(evidence).ToList();
        var lines = new List<string>();
        var phones = changes
            .Where(c => c.Kind is ChangeKind.ServiceRestarted or ChangeKind.ServiceStarted && c.What == Services.CallManager)
            .Select(c => c.Node).Distinct(StringComparer.Ordinal).ToList();
        if (phones.Count > 0)
        {
            lines.Add($"Phones registered on {string.Join(", ", phones)} re-registered after the {Services.CallManager} restart: " +
                "check that none stayed unregistered (CUCM Administration > Device > Phone, status)");
        }

        if (changes.Any(c => (c.Kind is ChangeKind.Regenerated or ChangeKind.Renewed && c.What == Ipsec) || c.What.StartsWith(Ipsec + "-trust/", StringComparison.Ordinal)))
        {
            lines.Add("The ipsec certificates changed: run a DRS backup to prove DRF Master and Local still trust each other " +
                "(a mismatch fails with \"Bad Certificate\"; see the IPsec trust check)");
        }

        if (run.State is RunState.Failed or RunState.Cancelled && run.HasChanged)
        {
            lines.AddRange(run.Plan.Steps
                .Where(s => s.Kind == StepKind.Manual && run.Steps[s.Index].Status != StepStatus.Succeeded)
                .Where(s => s.Title is not (PresenceRedundancy.OffTitle or PresenceRedundancy.OnTitle))
                .Select(s => $"{s.Title} (never confirmed in the run): {Instruction(s.Intent)}"));
        }

        return lines;
    }

    /// <summary>A manual step's intent without its "then confirm", which asks for a click the ended run no longer takes.</summary>
    private static string Instruction(string intent)
    {
        const string confirm = ", then confirm";
        return intent.EndsWith(confirm, StringComparison.Ordinal) ? intent[..^confirm.Length] : intent;
    }
}
