using System.Text.RegularExpressions;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

/// <summary>
/// Guards values that become words of a CLI command (units, files, service names): one command line must never
/// turn into another command, so anything outside a plain character set is refused. The platform allows names
/// this set does not (<c>'</c>, <c>&amp;</c>, <c>ü</c>, <c>[</c> in a trust file name), and the CLI has no quoting
/// that is documented to carry them, so such a name is refused as a failure of that node, with the reason and
/// nothing sent: the run pauses or the inventory reports that node, instead of an exception nobody handles.
/// </summary>
public static partial class CliArgument
{
    /// <exception cref="NodeException">The value cannot be carried as one CLI word; nothing was sent to <paramref name="node"/>.</exception>
    public static string Word(string value, string what, string node)
    {
        if (string.IsNullOrEmpty(value) || !WordPattern().IsMatch(value))
        {
            throw Refused(node, $"{what} '{value}' cannot be named safely on the platform CLI (only letters, digits and _.+()@,=#- are sent); nothing was sent. Rename or remove it in Cisco Unified OS Administration");
        }

        return value;
    }

    /// <exception cref="NodeException">The value is no service name the CLI can carry; nothing was sent to <paramref name="node"/>.</exception>
    public static string ServiceName(string value, string node)
    {
        if (string.IsNullOrWhiteSpace(value) || !ServicePattern().IsMatch(value))
        {
            throw Refused(node, $"service '{value}' is not a valid service name; nothing was sent");
        }

        return value.Trim();
    }

    /// <summary>The unit that owns a trust store: <c>tomcat-trust</c> → <c>tomcat</c> (platform-cli.md §2.1).</summary>
    public static string TrustUnit(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.EndsWith("-trust", StringComparison.OrdinalIgnoreCase) ? store[..^"-trust".Length] : store;
    }

    private static NodeException Refused(string node, string why) =>
        new(NodeFailure.CommandFailed, node, null, null, $"{node}: {why}.");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.+()@,=#-]*$")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 _.()/-]*$")]
    private static partial Regex ServicePattern();
}
