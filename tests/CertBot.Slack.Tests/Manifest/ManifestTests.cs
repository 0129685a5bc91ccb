using System.Text.Json;
using CertBot.Testing;

namespace CertBot.Slack.Tests.Manifest;

public sealed class ManifestTests
{
    private static readonly JsonElement Manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "manifest", "slack", "manifest.json"))).RootElement;

    [Fact]
    public void Urls_AreTheEndpointsTheBotMaps()
    {
        var command = Manifest.GetProperty("features").GetProperty("slash_commands").EnumerateArray().Single();
        Assert.Equal("/certbot", command.GetProperty("command").GetString());
        Assert.Equal("/slack/commands", new Uri(command.GetProperty("url").GetString()!).AbsolutePath);
        var settings = Manifest.GetProperty("settings");
        Assert.Equal("/slack/events", new Uri(settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString()!).AbsolutePath);
        Assert.Equal("/slack/interactivity", new Uri(settings.GetProperty("interactivity").GetProperty("request_url").GetString()!).AbsolutePath);
        Assert.True(settings.GetProperty("interactivity").GetProperty("is_enabled").GetBoolean());
        Assert.All([command.GetProperty("url").GetString()!, settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString()!],
            url => Assert.StartsWith("https://", url, StringComparison.Ordinal));
    }

    [Fact]
    public void Scopes_AreExactlyWhatTheBotUses()
    {
        var scopes = Manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString()).Order();
        Assert.Equal(["app_mentions:read", "chat:write", "commands", "files:read", "files:write", "im:history", "im:write"], scopes);
        Assert.Equal(["app_mention", "message.im"], Manifest.GetProperty("settings").GetProperty("event_subscriptions").GetProperty("bot_events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Texts_AreWithinSlacksLengths()
    {
        var display = Manifest.GetProperty("display_information");
        Assert.InRange(display.GetProperty("name").GetString()!.Length, 1, 35);
        Assert.InRange(display.GetProperty("description").GetString()!.Length, 1, 140);
        Assert.InRange(display.GetProperty("long_description").GetString()!.Length, 175, 4000);
        Assert.InRange(Manifest.GetProperty("features").GetProperty("bot_user").GetProperty("display_name").GetString()!.Length, 1, 80);
        Assert.Matches("^#[0-9a-f]{6}$", display.GetProperty("background_color").GetString());
    }
}
