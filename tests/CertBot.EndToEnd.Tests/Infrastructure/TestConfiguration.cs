using System.Text.Json;
using System.Text.Json.Nodes;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>Configuration files for the host, written 0600 like the lab's (they hold passwords).</summary>
public static class TestConfiguration
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The Playground's approver (scripts/lib/playground-config.sh).</summary>
    public const string ApproverPrincipal = "aad:22222222-2222-4222-8222-222222222222";

    /// <summary>One cluster whose node is never contacted: enough for the host to start.</summary>
    public static string WriteMinimal(string directory, Action<JsonObject>? change = null)
    {
        var root = new JsonObject
        {
            ["CertBot"] = new JsonObject
            {
                ["Clusters"] = new JsonArray(new JsonObject
                {
                    ["Name"] = "lab-east",
                    ["Approvers"] = new JsonArray(ApproverPrincipal),
                    ["Nodes"] = new JsonArray(new JsonObject
                    {
                        ["Name"] = "cucm-pub",
                        ["Host"] = "127.0.9.250",
                        ["Product"] = "cucm",
                        ["Role"] = "publisher",
                        ["Password"] = "not-a-real-node",
                        ["HostKeySha256"] = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU",
                    }),
                }),
            },
        };
        change?.Invoke(root);
        return Write(Path.Combine(directory, "certbot.json"), root);
    }

    /// <summary>The lab's certbot.json with the Playground's approver on every cluster, as scripts/run writes it.</summary>
    public static string WriteLabWithApprovers(string labConfig, string directory)
    {
        var root = JsonNode.Parse(File.ReadAllText(labConfig))!.AsObject();
        foreach (var cluster in root["CertBot"]!["Clusters"]!.AsArray())
        {
            cluster!["Approvers"] = new JsonArray(ApproverPrincipal);
        }

        return Write(Path.Combine(directory, "certbot.json"), root);
    }

    private static string Write(string path, JsonNode root)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite };
        using (var stream = new FileStream(path, options))
        {
            JsonSerializer.Serialize(stream, root, Indented);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
