using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// The commands about runs: <c>status [&lt;run&gt;]</c>, <c>cancel &lt;run&gt;</c>, <c>approve &lt;run&gt;</c>,
/// <c>reject &lt;run&gt; [comment]</c>, <c>show &lt;run&gt;</c>. A run id is opaque here; the engine says whether it exists.
/// </summary>
internal static class RunGrammar
{
    private const int MaxRunIdLength = 64;

    public static ParseResult Status(ParseScope scope)
    {
        var (runIndex, runId, refusal) = FindRunId(scope);
        if (refusal is not null)
        {
            return refusal;
        }

        return runIndex is { } i && !OnlyFillerAfter(scope, i)
            ? scope.Refuse("`status` takes one run id.")
            : ParseResult.Of(new RunStatusCommand(runId));
    }

    public static ParseResult Cancel(ParseScope scope) => OneRun(scope, "cancel", id => new CancelRunCommand(id));

    public static ParseResult Show(ParseScope scope) => OneRun(scope, "show", id => new ShowRunCommand(id));

    private static ParseResult OneRun(ParseScope scope, string verb, Func<string, ChatCommand> command)
    {
        var (runIndex, runId, refusal) = FindRunId(scope);
        if (refusal is not null)
        {
            return refusal;
        }

        if (runId is null)
        {
            return scope.Refuse("Which run? `runs` lists them.");
        }

        return !OnlyFillerAfter(scope, runIndex!.Value)
            ? scope.Refuse($"`{verb}` takes one run id.")
            : ParseResult.Of(command(runId));
    }

    public static ParseResult Decide(ParseScope scope, RunDecision decision)
    {
        var (runIndex, runId, refusal) = FindRunId(scope);
        if (refusal is not null)
        {
            return refusal;
        }

        return runId is null
            ? scope.Refuse("Which run? The approval card names it; `runs` lists them.")
            : ParseResult.Of(new DecideRunCommand(runId, decision, InputLimits.CapComment(scope.TextAfter(runIndex!.Value))));
    }

    /// <summary>The first word after the command that is not filler; everything after it is the caller's business.</summary>
    private static (int? Index, string? RunId, ParseResult? Refusal) FindRunId(ParseScope scope)
    {
        foreach (var (index, token) in scope.Arguments)
        {
            if (token.IsAny(Vocabulary.Filler) || token.Is("of") || token.Is("for"))
            {
                continue;
            }

            var id = token.Text.TrimStart('#');
            return IsRunId(id)
                ? (index, id, null)
                : (null, null, scope.Refuse($"'{token.Text}' does not look like a run id."));
        }

        return (null, null, null);
    }

    private static bool OnlyFillerAfter(ParseScope scope, int index) =>
        scope.Arguments.Where(a => a.Index > index).All(a => a.Token.IsAny(Vocabulary.Filler));

    private static bool IsRunId(string id) =>
        id.Length is > 0 and <= MaxRunIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
