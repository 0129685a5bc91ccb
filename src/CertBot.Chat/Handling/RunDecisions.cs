using CertBot.Chat.Grammar;
using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;

namespace CertBot.Chat.Handling;

/// <summary>
/// People's decisions on runs, typed or clicked: the engine decides (approver list, requester ≠ approver, plan
/// hash, expiry, state) and its answer goes into the thread. A refusal is always visible; a decision also
/// updates the run's cards that it settles.
/// </summary>
public sealed class RunDecisions(
    CertBotEngine engine,
    ChatThreads thread,
    RunMessages messages,
    RunViews views,
    People people,
    Approvers.GateAudiences audiences,
    Storage.IChatStore store,
    TimeProvider time)
{
    /// <summary>
    /// A typed decision (<c>approve 1a2b3c4d</c>, <c>cancel 1a2b3c4d</c>): the answer as a message. A typed
    /// approval never approves: its answer is the gate's card with the plan, to approve on.
    /// </summary>
    public async Task TextAsync(ChatRequest request, string typed, RunAction decide, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (id, problem) = await TypedRunId.ResolveAsync(engine.Store, typed, cancellationToken);
        if (id is null)
        {
            await thread.PostAsync(request.Conversation, new TextView(problem!), cancellationToken);
            return;
        }

        var decision = new Decision(decide, id.Value, request.Principal) { Comment = comment, Typed = decide == RunAction.Approve };
        var answer = await engine.Decisions.DecideAsync(decision, cancellationToken);
        await thread.PostAsync(request.Conversation, new TextView(Describe(request, answer)), cancellationToken);
        if (answer.Changed)
        {
            await messages.SettleAsync(id.Value, null, cancellationToken);
        }
        else if (decision.Typed && await engine.Runs.ShowAsync(id.Value, cancellationToken) is { } run
            && run.Gates.LastOrDefault(g => g.IsOpen) is { Kind: GateKind.Approval } gate)
        {
            // A typed approval names no plan: the plan the gate stands for now is shown again, and the approval
            // is given on this card, which carries its hash (the engine checks it against the stored plan). It is the
            // typer's own card, kept with the gate's other cards so that it too loses its buttons once decided.
            var own = views.Gate(run, gate, audiences.ViewerOf(run.Run, request.Principal), await audiences.OfAsync(run.Run, openDirect: false, roster: null, cancellationToken));
            var posted = await thread.PostAsync(request.Conversation, own, cancellationToken);
            await store.SaveMessageAsync(new Storage.ChatRunMessage(run.Run.Id, Storage.ChatRunMessage.GateCopyKey(gate.Id, $"{request.Principal}#{posted.Id}"),
                posted.Id, time.GetUtcNow(), Conversation: request.Conversation), cancellationToken);
        }
    }

    /// <summary>
    /// A clicked decision, with what the card carries (the gate it was bound to, the plan hash it showed, the
    /// comment typed on it): refusals are posted in the thread; the caller rebuilds the clicked card.
    /// </summary>
    public async Task<RunAnswer> ClickAsync(ChatRequest request, ChatAction action, RunAction decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        if (action.GetId(ChatVerbs.RunKey) is not { } runId)
        {
            var missing = new RunAnswer(AnswerKind.NotFound, "the card names no run", null, []);
            await thread.PostAsync(request.Conversation, new TextView(Describe(request, missing)), cancellationToken);
            return missing;
        }

        var answer = await engine.Decisions.DecideAsync(new Decision(decide, runId, request.Principal)
        {
            Comment = InputLimits.CapComment(action.Get(ChatVerbs.CommentKey)),
            GateId = action.GetId(ChatVerbs.GateKey),
            PlanHash = action.Get(ChatVerbs.HashKey),
        }, cancellationToken);
        if (answer.Kind is not (AnswerKind.Done or AnswerKind.Unchanged))
        {
            await thread.PostAsync(request.Conversation, new TextView(Describe(request, answer)), cancellationToken);
        }
        else if (answer.Changed)
        {
            // Other cards of the run that this decision settles: in the thread, in the approvers' personal chats.
            await messages.SettleAsync(runId, action.MessageId is { } clicked ? (request.Conversation.Key, clicked) : null, cancellationToken);
        }

        return answer;
    }

    /// <summary>The engine's answer in words for the thread, naming who asked.</summary>
    public string Describe(ChatRequest request, RunAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        var text = people.Humanize(answer.Message);
        return answer.Kind switch
        {
            AnswerKind.Done => $"✓ {text}",
            AnswerKind.Unchanged => $"{request.DisplayName}: nothing changed — {text}",
            AnswerKind.Refused => $"⛔ {request.DisplayName}: refused — {text}",
            AnswerKind.NotAllowed => $"⛔ {request.DisplayName}: not allowed — {text}",
            _ => $"{request.DisplayName}: {text}",
        };
    }
}
