using System.Text.Json;
using System.Text.Json.Nodes;

namespace CertBot.Lab.Launcher;

/// <summary>Writes <c>inventory.json</c> and <c>certbot.json</c> (both hold passwords: mode 0600).</summary>
internal static class LabFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void WriteInventory(RuntimeLayout layout, InventoryDocument inventory) =>
        SecretFile.Write(layout.Inventory, JsonSerializer.Serialize(inventory, Json) + "\n");

    /// <summary>The lab's clusters in CertBot's own configuration format.</summary>
    public static void WriteCertBotConfig(RuntimeLayout layout, InventoryDocument inventory)
    {
        var clusters = new JsonArray();
        foreach (var cluster in inventory.Clusters)
        {
            var nodes = new JsonArray();
            foreach (var node in cluster.Nodes)
            {
                var entry = new JsonObject
                {
                    ["Name"] = node.Name,
                    ["Host"] = node.Host,
                    ["Port"] = node.Port,
                    ["Product"] = node.Product,
                    ["Role"] = node.Role,
                    ["Username"] = node.Username,
                    ["Password"] = node.Password,
                    ["HostKeySha256"] = node.HostKeySha256,
                };
                if (node.LegacyAlgorithms)
                {
                    entry["AllowLegacyHostKeyAlgorithms"] = true;
                }

                nodes.Add(entry);
            }

            clusters.Add(new JsonObject { ["Name"] = cluster.Name, ["Nodes"] = nodes });
        }

        var sftp = inventory.Sftp;
        var root = new JsonObject
        {
            ["CertBot"] = new JsonObject
            {
                ["Clusters"] = clusters,
                ["Sftp"] = new JsonObject
                {
                    ["Host"] = sftp.Host,
                    ["Port"] = sftp.Port,
                    ["Username"] = sftp.Username,
                    ["Password"] = sftp.Password,
                    ["Directory"] = sftp.Directory,
                    ["HostKeySha256"] = sftp.HostKeySha256,
                    ["FilePassword"] = Pki.CertificateBundle.FilePassword,
                },
            },
        };
        SecretFile.Write(layout.CertBotConfig, root.ToJsonString(Json) + "\n");
    }
}
