namespace CertBot.Cisco.Tests.Lab;

/// <summary>A lab node's sshd log: which logins it accepted or refused.</summary>
internal static class SshdLog
{
    public static string PathOf(CiscoLab lab, string cluster, string node) => Path.Combine(lab.RuntimeDirectory, "nodes", cluster, node, "sshd.log");

    /// <summary>Lines that record an authentication (accepted or failed).</summary>
    public static IReadOnlyList<string> Authentications(string path) =>
        File.Exists(path) ? [.. File.ReadLines(path).Where(l => l.Contains("Accepted ", StringComparison.Ordinal) || l.Contains("Failed ", StringComparison.Ordinal))] : [];
}
