using System.Text.RegularExpressions;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>run sql</c> for the few queries the procedures use: an enterprise parameter from processconfig and
/// the processnode names, printed as an Informix table (header, <c>=</c> underlines, rows).
/// </summary>
internal sealed partial class SqlCommand : ICommandHandler
{
    private static readonly string[] ParameterHeader = ["paramname", "paramvalue"];
    private static readonly string[] NameHeader = ["name"];

    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var parameter = ParameterQuery().Match(arguments.Text);
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            var rows = context.Snapshot.EnterpriseParameters
                .Where(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
                .Select(p => new[] { p.Key, p.Value }).ToList();
            await context.LinesAsync(Table(ParameterHeader, rows));
            return;
        }

        if (ProcessNodeQuery().IsMatch(arguments.Text))
        {
            var rows = context.Snapshot.Peers.Select(p => p.Fqdn).Prepend("EnterpriseWideData").Select(n => new[] { n }).ToList();
            await context.LinesAsync(Table(NameHeader, rows));
            return;
        }

        await context.FailAsync("The query is not supported by this node.");
    }

    private static IEnumerable<string> Table(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        yield return string.Join(' ', header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd();
        yield return string.Join(' ', widths.Select(w => new string('=', w)));
        foreach (var row in rows)
        {
            yield return string.Join(' ', row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd();
        }
    }

    [GeneratedRegex(@"^select\s+paramname\s*,\s*paramvalue\s+from\s+processconfig\s+where\s+paramname\s*=\s*'(?<name>[A-Za-z0-9_]+)'\s*;?$", RegexOptions.IgnoreCase)]
    private static partial Regex ParameterQuery();

    [GeneratedRegex(@"^select\s+name\s+from\s+processnode\s*;?$", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessNodeQuery();
}
