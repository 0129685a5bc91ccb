namespace CertBot.Chat.Views;

/// <summary>The buttons of an open gate card, by whom it is drawn for (<see cref="GateViewer"/>).</summary>
internal static class GateActions
{
    public static IReadOnlyList<ViewAction> For(GateViewer viewer, bool confirmation, IReadOnlyDictionary<string, string> data)
    {
        var cancel = new ViewAction("Cancel run", ChatVerbs.CancelRun, data, Destructive: true);
        if (confirmation)
        {
            // The requester or an approver confirms a manual step; either may give up the run instead.
            return viewer == GateViewer.Observer ? [] : [new ViewAction("Done", ChatVerbs.Confirm, data), cancel];
        }

        return viewer switch
        {
            GateViewer.Anyone or GateViewer.Approver => [new ViewAction("Approve", ChatVerbs.Approve, data), new ViewAction("Reject", ChatVerbs.Reject, data, Destructive: true)],
            GateViewer.Requester => [cancel],
            _ => [],
        };
    }
}
