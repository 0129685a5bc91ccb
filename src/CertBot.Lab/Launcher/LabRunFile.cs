using System.Text.Encodings.Web;
using System.Text.Json;

namespace CertBot.Lab.Launcher;

/// <summary>Reads and writes <c>lab.pid.json</c> (indented: scripts/lab greps it when the binaries are gone).</summary>
internal static class LabRunFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // The namespace scripts stay readable (quotes unescaped); the file is only ever read by the lab itself.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static LabRun? Load(RuntimeLayout layout)
    {
        if (!File.Exists(layout.RunRecord))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LabRun>(File.ReadAllText(layout.RunRecord), Json);
        }
        catch (JsonException ex)
        {
            throw new LabLauncherException($"{layout.RunRecord} is not readable: {ex.Message}; stop its daemons by hand");
        }
    }

    public static void Save(RuntimeLayout layout, LabRun run)
    {
        var temporary = layout.RunRecord + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(run, Json));
        File.Move(temporary, layout.RunRecord, overwrite: true);
    }

    public static void Delete(RuntimeLayout layout) => File.Delete(layout.RunRecord);
}
