using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CertBot.Teams.Protocol.Authentication;

/// <summary>
/// A Bot Framework signing key lists the channels it may sign for (<c>endorsements</c> in the JWKS). A
/// token signed by a key that does not endorse the activity's channel is not from that channel.
/// </summary>
internal static class ChannelEndorsements
{
    public const string PropertyName = "endorsements";

    public static bool Endorses(JsonWebKey key, string channelId) =>
        Read(key).Any(e => string.Equals(e, channelId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The key's endorsements, however the JWKS reader kept the unknown property.</summary>
    public static IReadOnlyList<string> Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(PropertyName, out var raw) || raw is null)
        {
            return [];
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            string text => [text],
            IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>().ToList(),
            _ => [],
        };
    }
}
