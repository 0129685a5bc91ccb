using System.Security.Cryptography;
using System.Text;
using CertBot.EndToEnd.Tests.Infrastructure;

namespace CertBot.EndToEnd.Tests.Fuzz;

/// <summary>
/// The host process for the fuzz test: Teams in local mode (no app id: replies go to the loopback serviceUrl), Slack
/// with a signing secret and its Web API and response URLs on the recording connector. Two clusters whose nodes refuse
/// connections, so no cluster is implied when none is named, and a named one fails fast instead of logging in.
/// </summary>
internal static class FuzzHost
{
    public const string SlackTeam = "T0FUZZ001";
    public const string SigningSecret = "fuzz-signing-secret-0123456789abcdef";

    public static HostProcess Start(string directory, RecordingConnector connector)
    {
        var config = TestConfiguration.WriteMinimal(directory, root =>
        {
            var clusters = root["CertBot"]!["Clusters"]!.AsArray();
            clusters[0]!["Name"] = "fuzz-alpha-unreachable";
            clusters[0]!["Nodes"]![0]!["Port"] = 1;
            var second = clusters[0]!.DeepClone().AsObject();
            second["Name"] = "fuzz-beta-unreachable";
            second["Nodes"]![0]!["Host"] = "127.0.9.251";
            clusters.Add(second);
        });
        return HostProcess.Start(directory, ["--config", config], new Dictionary<string, string?>
        {
            ["Slack__SigningSecret"] = SigningSecret,
            ["Slack__BotToken"] = "xoxb-fuzz-not-a-token",
            ["Slack__ApiBaseUrl"] = new Uri(connector.BaseUri, "api/").ToString(),
            ["Slack__ResponseUrlPrefix"] = new Uri(connector.BaseUri, "hooks/").ToString(),
            ["Slack__AllowedTeams__0"] = SlackTeam,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__CertBot"] = "Warning",
        });
    }

    /// <summary>Slack's v0 signature headers for <paramref name="body"/>, as Slack computes them.</summary>
    public static (string Timestamp, string Signature) Sign(string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return (timestamp, "v0=" + Convert.ToHexStringLower(mac));
    }
}
