namespace CertBot.Engine.Planning;

/// <summary>
/// Presence Redundancy Group high availability goes off before IM and Presence restarts and back on after
/// (seed 000). Manual for now: an operator does it in CUCM Administration and confirms; AXL automation later.
/// </summary>
internal static class PresenceRedundancy
{
    public const string OffTitle = "Switch PRG high availability off";
    public const string OnTitle = "Switch PRG high availability back on";

    public static void SwitchOff(PlanBuilder plan)
    {
        plan.Decide("PRG", "Presence Redundancy Group high availability is switched off and on again by an operator (AXL automation later)");
        plan.Manual(null, OffTitle,
            "CUCM Administration > System > Presence Redundancy Group: if high availability is enabled, disable it, then confirm");
    }

    public static void SwitchOn(PlanBuilder plan) =>
        plan.Manual(null, OnTitle,
            "CUCM Administration > System > Presence Redundancy Group: enable high availability again if it was switched off, then confirm");
}
