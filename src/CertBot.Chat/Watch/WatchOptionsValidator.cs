using CertBot.Engine.Configuration;
using CertBot.Engine.Expiry;
using Microsoft.Extensions.Options;

namespace CertBot.Chat.Watch;

/// <summary>Checks <c>CertBot:Watch</c> at start: clusters that exist, usable thresholds and quiet hours, channels a front can address.</summary>
public sealed class WatchOptionsValidator(EngineOptions engine) : IValidateOptions<WatchOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private IEnumerable<string> Problems(WatchOptions options)
    {
        if (options.Interval <= TimeSpan.Zero)
        {
            yield return "CertBot:Watch:Interval must be positive (default 00:30:00)";
        }

        foreach (var cluster in options.Clusters)
        {
            var where = $"CertBot:Watch cluster '{cluster.Cluster}'";
            if (engine.FindCluster(cluster.Cluster) is null)
            {
                yield return $"{where} is not a configured cluster (CertBot:Clusters): name one of {string.Join(", ", engine.Clusters.Select(c => c.Name))}";
            }

            if (cluster.Thresholds.Count > 0 && ExpiryThresholds.Problem(cluster.Thresholds) is { } thresholds)
            {
                yield return $"{where}: {thresholds}";
            }

            if (cluster.QuietHours is { } quiet && quiet.Start == quiet.End)
            {
                yield return $"{where}: QuietHours start and end at {quiet.Start:HH\\:mm}: give the time they end, or leave QuietHours out";
            }

            foreach (var channel in cluster.Channels)
            {
                if (Problem(channel) is { } problem)
                {
                    yield return $"{where}: {problem}";
                }
            }
        }
    }

    private static string? Problem(WatchChannelOptions channel) => channel.Platform.ToLowerInvariant() switch
    {
        _ when string.IsNullOrWhiteSpace(channel.Channel) => "a channel has no Channel (the Teams channel's conversation id, or the Slack channel id)",
        "teams" when !Uri.TryCreate(channel.ServiceUrl, UriKind.Absolute, out _) =>
            $"the Teams channel {channel.Channel} needs the team's ServiceUrl (as the Bot Connector gives it, e.g. https://smba.trafficmanager.net/emea/)",
        "teams" or "slack" => null,
        _ => $"the channel {channel.Channel} has Platform '{channel.Platform}': teams or slack",
    };
}
