using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CertBot.Engine.Storage;

namespace CertBot.Engine.Planning;

/// <summary>
/// The content hash of a plan: SHA-256 over its JSON with the hash and the planning time left out. Records
/// serialise their properties in declaration order and enums as names, so the same facts always give the
/// same text; any changed fact (a serial, a node, a skipped step) gives another hash.
/// </summary>
public static class PlanHasher
{
    public static string Compute(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var canonical = plan with { Hash = "", PlannedAt = DateTimeOffset.UnixEpoch };
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical, EngineJson.Options));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The plan with its hash filled in.</summary>
    public static Plan Seal(Plan plan) => plan with { Hash = Compute(plan) };
}
