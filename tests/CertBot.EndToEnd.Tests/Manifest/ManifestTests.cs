using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CertBot.Chat.Grammar;
using CertBot.EndToEnd.Tests.Infrastructure;
using CertBot.Testing;

namespace CertBot.EndToEnd.Tests.Manifest;

/// <summary>The Teams app package: manifest.json against the committed v1.29 schema (offline), icons, commands, zip.</summary>
public sealed class ManifestTests
{
    private const string Validator = "manifest/tools/validate.js";
    private static readonly string ManifestDirectory = Path.Combine(RepositoryRoot.Path, "manifest");

    [Fact]
    public async Task Manifest_IsValidAgainstTheTeamsSchema_WithIconsOfTheRightSizes()
    {
        NodeTool.RequireInstalled("manifest/tools");
        var (exitCode, output, error) = await NodeTool.RunAsync(Validator, [], TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, error);
        Assert.Contains("valid against the Teams v1.29 schema; icons 192x192 and 32x32", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_WithoutDeveloperAndWithAnUnknownScope_IsRejectedWithBothProblems()
    {
        NodeTool.RequireInstalled("manifest/tools");
        using var directory = new TempDirectory("manifest");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestDirectory, "manifest.json")))!.AsObject();
        manifest.Remove("developer");
        manifest["bots"]![0]!["scopes"] = new JsonArray("team", "meeting");
        var broken = Path.Combine(directory.Path, "manifest.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString());
        File.Copy(Path.Combine(ManifestDirectory, "color.png"), Path.Combine(directory.Path, "color.png"));
        File.Copy(Path.Combine(ManifestDirectory, "color.png"), Path.Combine(directory.Path, "outline.png"));

        var (exitCode, _, error) = await NodeTool.RunAsync(Validator, [broken], TimeSpan.FromMinutes(1));

        Assert.Equal(1, exitCode);
        Assert.Contains("must have required property 'developer'", error, StringComparison.Ordinal);
        Assert.Contains("/bots/0/scopes/1 must be equal to one of the allowed values", error, StringComparison.Ordinal);
        Assert.Contains("/icons/outline outline.png is 192x192, Teams wants 32x32", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_Bot_IsInTeamGroupChatAndPersonal_WithTheGrammarsCommands()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, "manifest.json")));
        var bot = document.RootElement.GetProperty("bots")[0];
        Assert.Equal(["team", "groupChat", "personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        var usages = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray()
            .Select(c => (Title: c.GetProperty("title").GetString()!, Usage: c.GetProperty("description").GetString()!.Split(" — ")[0]))
            .ToList();
        var grammar = CommandUsage.All.Select(u => u.Trim('`')).ToList();
        Assert.All(usages, c => Assert.Contains(c.Usage, grammar));
        Assert.All(usages, c => Assert.StartsWith(c.Title, c.Usage, StringComparison.Ordinal));
        // Approve and reject live on the approval card, show on the cards' "Show all" buttons, cancel on every card of an
        // open run, the certificate answer on the CSR card that asks for it, refresh on the Refresh buttons of answers from
        // cached facts, and watch is said once per channel to set the expiry watch up (Teams' menu holds at most 10
        // commands); every other command is offered in Teams' command menu.
        string[] onCards = ["approve", "reject", "show", "watch", "cancel", "certificate", "refresh"];
        Assert.Equal(grammar.Where(u => !onCards.Any(verb => u.StartsWith(verb + " ", StringComparison.Ordinal))), usages.Select(c => c.Usage));
    }

    [Fact]
    public async Task BuildScript_PutsTheAppIdIntoTheAppAndTheBot_AndZipsThreeFiles()
    {
        using var directory = new TempDirectory("zip");
        var zip = Path.Combine(directory.Path, "certbot.zip");
        const string appId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        var start = new System.Diagnostics.ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(ManifestDirectory, "build.sh"), "--app-id", appId, "--out", zip })
        {
            start.ArgumentList.Add(argument);
        }

        using (var build = System.Diagnostics.Process.Start(start)!)
        {
            var error = await build.StandardError.ReadToEndAsync();
            await build.WaitForExitAsync();
            Assert.True(build.ExitCode == 0, error);
        }

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        await using var stream = archive.GetEntry("manifest.json")!.Open();
        using var packaged = await JsonDocument.ParseAsync(stream);
        Assert.Equal(appId, packaged.RootElement.GetProperty("id").GetString());
        Assert.Equal(appId, packaged.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
    }
}
