using System.Text.Json;
using CertBot.Engine.Storage;

namespace CertBot.Cli.Output;

/// <summary>
/// The one shape of every <c>--json</c> document the command line prints (documented in the README): property
/// names in camelCase, enum values by their engine names (<c>"AwaitingApproval"</c>), dictionary keys as stored
/// (node names), nothing left out, indented. The engine's own stored JSON (<see cref="EngineJson"/>, PascalCase, what
/// the plan hash is computed over) is not a public format and stays as it is.
/// </summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(EngineJson.Options)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
