using System.Text.RegularExpressions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Parses <c>run sql</c> tables (platform-cli.md §4.5): a header row, a row of <c>=</c> underlines per column,
/// then data rows padded to the underline widths. Columns are cut at the underline positions; a row that does
/// not line up (flattened output) falls back to whitespace splitting when the token count matches.
/// </summary>
public static partial class SqlTableParser
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string output)
    {
        var lines = CliText.RemovePagerText(CliText.Clean(output)).Split('\n').Select(l => l.TrimEnd()).ToList();
        var underlineAt = lines.FindIndex(l => Underline().IsMatch(l));
        if (underlineAt < 1)
        {
            return [];
        }

        var columns = Underline().Match(lines[underlineAt]).Groups["col"].Captures.Select(c => (c.Index, c.Length)).ToList();
        var header = lines[underlineAt - 1];
        var names = columns.Select((c, i) => Slice(header, columns, i).Trim()).ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var line in lines.Skip(underlineAt + 1))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var values = Fits(line, columns)
                ? columns.Select((_, i) => Slice(line, columns, i).Trim()).ToList()
                : Whitespace().Split(line.Trim()).ToList();
            if (values.Count != names.Count)
            {
                continue;
            }

            rows.Add(names.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase));
        }

        return rows;
    }

    // A row lines up when every column after the first starts right after a space.
    private static bool Fits(string line, List<(int Index, int Length)> columns) =>
        columns.Skip(1).All(c => c.Index <= line.Length && c.Index > 0 && line[c.Index - 1] == ' ');

    private static string Slice(string line, List<(int Index, int Length)> columns, int i)
    {
        var start = columns[i].Index;
        if (start >= line.Length)
        {
            return "";
        }

        var end = i + 1 < columns.Count ? Math.Min(columns[i + 1].Index, line.Length) : line.Length;
        return line[start..end];
    }

    [GeneratedRegex(@"^\s*(?:(?<col>=+)\s*)+$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
