using System.Text.RegularExpressions;
using CertBot.Cisco.Sessions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Judges <c>set cert bulk export|consolidate|import</c> line by line (platform-cli.md §2.4): the platform reports
/// each unit (and node) on its own line, so one success line proves nothing about the others. Every line that is
/// neither a success line of the operation nor an answered confirmation is a failure.
/// </summary>
public static class BulkOutcomeParser
{
    /// <param name="verb"><c>exported</c>, <c>consolidated</c> or <c>imported</c>: the word of the success lines.</param>
    /// <returns>The success lines and the other lines; the operation passed only with successes and no other line.</returns>
    public static (IReadOnlyList<string> Succeeded, IReadOnlyList<string> Failed) Parse(string output, string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var success = new Regex($@"^successfully\s+{Regex.Escape(verb)}\s+\S+\s+certificate", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var succeeded = new List<string>();
        var failed = new List<string>();
        foreach (var raw in CliText.RemovePagerText(CliText.Clean(output)).Split('\n'))
        {
            var line = CliText.CollapseSpaces(raw.Trim());
            if (line.Length == 0 || Questions.IsConfirmation(line))
            {
                continue;
            }

            (success.IsMatch(line) ? succeeded : failed).Add(line);
        }

        return (succeeded, failed);
    }
}
