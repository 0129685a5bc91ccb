namespace CertBot.Testing;

/// <summary>
/// The commands that change a node (regenerate, service control, trust delete/import, bulk), in the order
/// the nodes received them: what the seed's order is about. Reads and logins in between are left out.
/// </summary>
public static class ChangeOrder
{
    private static readonly string[] Changing = ["set cert regen ", "utils service ", "set cert delete ", "set cert import ", "set cert bulk ", "set csr gen "];

    public static IReadOnlyList<LoggedCommand> Of(IReadOnlyList<LoggedCommand> commands) =>
        commands.Where(c => Changing.Any(p => c.Command.StartsWith(p, StringComparison.Ordinal)) && c.Command != "utils service list").ToList();

    /// <summary>
    /// The changes were exactly <paramref name="expected"/> (<c>node: command</c>, or <c>cluster/node: command</c>
    /// where node names repeat across clusters), in that order, each strictly after the one before.
    /// </summary>
    public static void AssertExactly(IReadOnlyList<LoggedCommand> commands, params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var changes = Of(commands);
        var qualified = expected.Length > 0 && expected[0].Split(':')[0].Contains('/', StringComparison.Ordinal);
        var actual = changes.Select(c => qualified ? $"{c.Cluster}/{c.Node}: {c.Command}" : $"{c.Node}: {c.Command}").ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"expected, in order:\n  {string.Join("\n  ", expected)}\nlogged:\n  {string.Join("\n  ", changes)}");
        for (var i = 1; i < changes.Count; i++)
        {
            Assert.True(changes[i].At > changes[i - 1].At, $"{changes[i]} is not after {changes[i - 1]}: the steps overlapped");
        }
    }
}
