namespace CertBot.Lab.Node;

/// <summary>
/// Maps command words (<c>show cert list</c>, <c>utils service restart</c>, ...) to handlers. The longest
/// matching sequence of words wins; words are case-insensitive as on the platform.
/// </summary>
internal sealed class CommandDispatcher
{
    private readonly List<(string[] Words, ICommandHandler Handler)> routes = [];

    public CommandDispatcher Add(string words, ICommandHandler handler)
    {
        routes.Add((words.Split(' '), handler));
        return this;
    }

    /// <summary>The handler and its arguments for a command line, or null when nothing matches.</summary>
    public (ICommandHandler Handler, CommandArguments Arguments)? Resolve(string commandLine)
    {
        var typed = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var best = routes
            .Where(r => r.Words.Length <= typed.Length && r.Words.Select((w, i) => w.Equals(typed[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            .OrderByDescending(r => r.Words.Length)
            .FirstOrDefault();
        if (best.Handler is null)
        {
            return null;
        }

        return (best.Handler, CommandArguments.Parse(string.Join(' ', typed.Skip(best.Words.Length))));
    }
}
