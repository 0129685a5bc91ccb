using System.Globalization;
using System.Text.Json;

namespace CertBot.Testing;

/// <summary>
/// Approvers for a lab's clusters as configuration keys to layer over its certbot.json (the lab writes none:
/// who approves is the deployment's decision), so a harness composes the bot from configuration as the host does.
/// </summary>
public static class LabApprovers
{
    /// <summary><c>CertBot:Clusters:i:Approvers:0</c> = <paramref name="principal"/> for every cluster of the file.</summary>
    public static IReadOnlyDictionary<string, string?> For(string certBotConfigPath, string principal)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(certBotConfigPath));
        var clusters = document.RootElement.GetProperty("CertBot").GetProperty("Clusters").GetArrayLength();
        return Enumerable.Range(0, clusters).ToDictionary(
            i => string.Create(CultureInfo.InvariantCulture, $"CertBot:Clusters:{i}:Approvers:0"), _ => (string?)principal);
    }
}
