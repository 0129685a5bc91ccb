using System.Text.RegularExpressions;

namespace CertBot.Cisco.Nodes;

/// <summary>
/// Guards values that become words of a CLI command (units, files, service names): one command line must never
/// turn into another command, so anything outside a plain character set is refused.
/// </summary>
public static partial class CliArgument
{
    public static string Word(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || !WordPattern().IsMatch(value))
        {
            throw new ArgumentException($"{what} '{value}' is not a valid name for the platform CLI.", nameof(value));
        }

        return value;
    }

    public static string ServiceName(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || !ServicePattern().IsMatch(value))
        {
            throw new ArgumentException($"service '{value}' is not a valid service name.", nameof(value));
        }

        return value.Trim();
    }

    /// <summary>The unit that owns a trust store: <c>tomcat-trust</c> → <c>tomcat</c> (platform-cli.md §2.1).</summary>
    public static string TrustUnit(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.EndsWith("-trust", StringComparison.OrdinalIgnoreCase) ? store[..^"-trust".Length] : store;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.+()@,=#-]*$")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 _.()/-]*$")]
    private static partial Regex ServicePattern();
}
