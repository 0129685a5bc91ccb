using System.CommandLine;
using CertBot.Cli.Runs;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;

namespace CertBot.Cli.Commands;

/// <summary>
/// The shape every decision on a run shares (<c>approve</c>, <c>reject</c>, <c>confirm</c>, <c>retry</c>,
/// <c>skip</c>, <c>abort</c>, <c>cancel</c>): <c>&lt;run&gt; --as &lt;principal&gt;</c>, the engine decides, the
/// answer is printed. Each command's own file says what it asks of the engine.
/// </summary>
internal static class RunDecision
{
    public static Argument<string> RunArgument() => new("run") { Description = "The run id (or its first 8 characters, as certbot runs lists it)" };

    public static Option<string> AsOption() => new("--as")
    {
        Description = "Who decides: cli:<name> (the command line acts only as cli: principals)",
        Required = true,
    };

    public static Option<string?> CommentOption() => new("--comment") { Description = "Kept in the journal with the decision" };

    /// <summary>
    /// Resolves the run and the principal, asks the engine to decide <paramref name="action"/> (with what
    /// <paramref name="details"/> adds from the command's own options), prints the answer.
    /// </summary>
    public static Task<int> RunAsync(ParseResult parse, Argument<string> run, Option<string> principal,
        RunAction action, Func<Decision, Decision>? details, CancellationToken cancellationToken) =>
        EngineCommand.RunAsync(parse, async engine =>
        {
            var who = parse.GetValue(principal)!;
            if (CliPrincipal.Refuse(who) is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return ExitCodes.Usage;
            }

            var (id, error) = await TypedRunId.ResolveAsync(engine.Store, parse.GetValue(run)!, cancellationToken);
            if (id is null)
            {
                await Console.Error.WriteLineAsync(error);
                return error!.StartsWith("no run", StringComparison.Ordinal) ? ExitCodes.NotFound : ExitCodes.Usage;
            }

            var decision = new Decision(action, id.Value, who);
            var answer = await engine.Engine.Decisions.DecideAsync(details?.Invoke(decision) ?? decision, cancellationToken);
            var view = answer.Changed ? null : await engine.Engine.Runs.ShowAsync(id.Value, cancellationToken);
            return await AnswerText.WriteAsync(answer, engine.Options, view?.Allowed);
        }, cancellationToken);
}
