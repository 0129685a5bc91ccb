using System.Text.Json;

namespace CertBot.Lab.Definition;

/// <summary>JSON settings of <c>lab.json</c>: camelCase, comments allowed.</summary>
internal static class DefinitionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
