using CertBot.Chat.Grammar.Commands;
using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;

namespace CertBot.Chat.Handling;

/// <summary>
/// The CA's answer to a renewal's CSRs, given in a thread: PEM pasted after <c>certificate &lt;run&gt;</c> or attached as
/// files. The engine decides (the requester or an approver of the cluster; the answer validated against the CSRs);
/// a refusal says exactly why and the run keeps waiting. The answer itself is never echoed or logged.
/// </summary>
public sealed class SignedCertificates(CertBotEngine engine, IChatStore store, ChatThreads thread, RunDecisions decisions, RunMessages messages)
{
    public async Task ProvideAsync(ChatRequest request, ProvideCertificateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(command);
        var files = request.Files ?? [];
        if (files.FirstOrDefault(f => f.Text is null) is { } unread)
        {
            await SayAsync(request, $"⛔ {request.DisplayName}: the file '{unread.Name}' was not read: {unread.Problem}. Nothing was changed.", cancellationToken);
            return;
        }

        var answer = string.Join("\n", files.Select(f => f.Text).Prepend(command.Answer).Where(t => !string.IsNullOrWhiteSpace(t)));
        if (answer.Length == 0)
        {
            await SayAsync(request, $"{request.DisplayName}: the answer is missing. Paste the signed certificate and its chain (PEM) after `certificate <run>` " +
                "in the same message, or attach the PEM file. Nothing was changed.", cancellationToken);
            return;
        }

        var (id, problem) = command.RunId is { } typed
            ? await TypedRunId.ResolveAsync(engine.Store, typed, cancellationToken)
            : await WaitingRunAsync(request.Conversation, cancellationToken);
        if (id is null)
        {
            await SayAsync(request, problem!, cancellationToken);
            return;
        }

        var result = await engine.Decisions.DecideAsync(new Decision(RunAction.Provide, id.Value, request.Principal) { Certificate = answer }, cancellationToken);
        await SayAsync(request, decisions.Describe(request, result), cancellationToken);
        if (result.Changed)
        {
            await messages.SettleAsync(id.Value, null, cancellationToken);
        }
    }

    /// <summary>
    /// The run meant when none is named: the one waiting for a signed certificate in this thread, else the only one
    /// waiting anywhere (a file sent in a personal chat). The engine still checks who answers and what.
    /// </summary>
    private async Task<(Guid? Id, string? Problem)> WaitingRunAsync(ChatConversation conversation, CancellationToken cancellationToken)
    {
        var waiting = new List<(Guid Run, bool Here)>();
        foreach (var run in await engine.Runs.ListAsync([RunState.AwaitingApproval], 50, cancellationToken))
        {
            if (await engine.Runs.ShowAsync(run.Id, cancellationToken) is { } view && view.Gates.Any(g => g.IsOpen && g.Kind == GateKind.Certificate))
            {
                waiting.Add((run.Id, (await store.GetThreadAsync(run.Id, cancellationToken))?.Conversation.Key == conversation.Key));
            }
        }

        var here = waiting.Where(w => w.Here).ToList();
        var candidates = here.Count > 0 ? here : waiting;
        return candidates.Count switch
        {
            1 => (candidates[0].Run, null),
            0 => (null, "No run waits for a signed certificate. Nothing was changed."),
            _ => (null, $"Several runs wait for a signed certificate ({string.Join(", ", candidates.Select(c => $"`{RunIds.ShortId(c.Run)}`"))}): " +
                "answer with `certificate <run>` and the PEM. Nothing was changed."),
        };
    }

    private async Task SayAsync(ChatRequest request, string text, CancellationToken cancellationToken) =>
        await thread.PostAsync(request.Conversation, new TextView(text), cancellationToken);
}
