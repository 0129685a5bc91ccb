namespace CertBot.Chat.Views;

/// <summary>The verbs of the views' buttons and the keys of their data.</summary>
public static class ChatVerbs
{
    public const string RequestApproval = "requestApproval";
    public const string CancelPlan = "cancelPlan";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Confirm = "confirm";
    public const string Retry = "retry";
    public const string Skip = "skip";
    public const string Abort = "abort";
    public const string CancelRun = "cancelRun";
    public const string OverrideWindow = "overrideWindow";

    /// <summary>Posts in the thread, in pieces, the whole of a list a card shows only in part.</summary>
    public const string ShowAll = "showAll";

    /// <summary>On the final card of a run that ended early: plan the undo of what it left half-done.</summary>
    public const string Restore = "restore";

    /// <summary>On an expiry card: plan the regeneration of a self-signed unit (P1–P5).</summary>
    public const string PlanRegeneration = "planRegeneration";

    /// <summary>On an expiry card: plan the renewal of a CA-signed unit through a CSR (P9).</summary>
    public const string PlanRenewal = "planRenewal";

    /// <summary>On an expiry card: plan the purge of the cluster's expired trust certificates (P6).</summary>
    public const string PlanPurge = "planPurge";

    /// <summary>The platform asks for a card's current view (Teams' automatic refresh).</summary>
    public const string Refresh = "refresh";

    /// <summary>On an answer made from cached facts (certificates, a plan): read the cluster again now and answer anew.</summary>
    public const string RefreshFacts = "refreshFacts";

    public const string PlanKey = "plan";
    public const string RunKey = "run";
    public const string GateKey = "gate";
    public const string HashKey = "hash";

    /// <summary>The cluster of an inventory, and the filter it was read with.</summary>
    public const string ClusterKey = "cluster";

    public const string DaysKey = "days";

    /// <summary>The node of an inventory's "All certificates" button.</summary>
    public const string NodeKey = "node";

    /// <summary>The unit an expiry card's button plans for.</summary>
    public const string UnitKey = "unit";

    /// <summary>The id of the comment input on decision cards.</summary>
    public const string CommentKey = "comment";
}
