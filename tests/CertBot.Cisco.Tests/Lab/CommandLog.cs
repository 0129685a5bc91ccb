namespace CertBot.Cisco.Tests.Lab;

/// <summary>A node's command log (one line per command the simulator received).</summary>
internal static class CommandLog
{
    public static IReadOnlyList<string> Commands(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Select(l => l.Split('\t', 2) is [_, var c] ? c : l).ToList() : [];

    /// <summary>Logins = sessions started = <c>set cli pagination off</c> lines (the first command of every login).</summary>
    public static int Logins(IEnumerable<string> commands) => commands.Count(c => c == "set cli pagination off");
}
