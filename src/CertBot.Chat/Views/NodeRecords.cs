using CertBot.Engine.Runs;

namespace CertBot.Chat.Views;

/// <summary>
/// The maintenance record of a run node by node, within what one card holds: each node's verified changes (and the
/// steps there that failed, were skipped after an attempt or were interrupted, marked so, never as done), each
/// with its step and how long it took. A long list of a node ends in counts; nodes beyond the card's share are
/// counted, and <c>show &lt;run&gt;</c> has all of it.
/// </summary>
public static class NodeRecords
{
    /// <summary>Lines of one node: a purge of dozens of trust files shows its head and the counts.</summary>
    public const int NodeLines = 8;

    /// <summary>Nodes on one card.</summary>
    public const int Nodes = 12;

    /// <summary>Characters of all nodes' lines: with the rest of the final card well under Teams' 28 KB.</summary>
    public const int Characters = 12_000;

    /// <returns>The nodes shown, and how many nodes and lines the card leaves out.</returns>
    public static (IReadOnlyList<NodeRecord> Shown, int HiddenNodes, int HiddenLines) Of(IReadOnlyList<StepEvidence> evidence, People people)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(people);
        var lines = evidence.SelectMany(e => Lines(e, people)).ToList();
        var shown = new List<NodeRecord>();
        var (hiddenNodes, hiddenLines, characters) = (0, 0, 0);
        foreach (var node in lines.GroupBy(l => l.Node, StringComparer.Ordinal))
        {
            var record = new NodeRecord(node.Key, Collapse([.. node]));
            var size = node.Key.Length + record.Lines.Sum(l => l.Length + 3);
            if (shown.Count >= Nodes || characters + size > Characters)
            {
                hiddenNodes++;
                hiddenLines += node.Count();
                continue;
            }

            shown.Add(record);
            characters += size;
        }

        return (shown, hiddenNodes, hiddenLines);
    }

    private static IEnumerable<(string Node, ChangeKind? Kind, string Text)> Lines(StepEvidence evidence, People people)
    {
        var step = evidence.Step;
        var took = $" · step {step.Index + 1}" + (evidence.Took is { } t ? ", " + TimeWords.Duration(t) : "");
        var detail = evidence.Outcome.Detail is { } d ? people.Humanize(d) : null;
        if (!evidence.Succeeded)
        {
            var text = evidence.Outcome.Status switch
            {
                StepStatus.Failed => $"✗ {step.Title}: failed, may have changed part of it" + (detail is null ? "" : $": {detail}"),
                StepStatus.Skipped => $"⤼ {step.Title}: skipped after an attempt" + (detail is null ? "" : $": {detail}"),
                _ => $"? {step.Title}: interrupted, outcome unknown",
            };
            yield return (step.Node!.Name, null, ViewLimits.Cut(text + took));
            yield break;
        }

        if (evidence.Changes.Count == 0)
        {
            // Verified before steps recorded their changes, or a change without a kind of its own (bulk SFTP setup,
            // an export): the verified detail says what it did.
            yield return (step.Node!.Name, null, ViewLimits.Cut($"✓ {detail ?? step.Title}{took}"));
            yield break;
        }

        foreach (var change in evidence.Changes)
        {
            yield return (change.Node, change.Kind, ViewLimits.Cut($"✓ {ChangeWords.Of(change)}{took}"));
        }
    }

    private static IReadOnlyList<string> Collapse(IReadOnlyList<(string Node, ChangeKind? Kind, string Text)> lines)
    {
        if (lines.Count <= NodeLines)
        {
            return [.. lines.Select(l => l.Text)];
        }

        var rest = lines.Skip(NodeLines - 1).ToList();
        var counts = rest.GroupBy(l => l.Kind).Select(g => $"{g.Count()} {(g.Key is { } kind ? ChangeWords.Plural(kind) : "other steps")}");
        return [.. lines.Take(NodeLines - 1).Select(l => l.Text), $"… and {rest.Count} more: {string.Join(", ", counts)}"];
    }
}
