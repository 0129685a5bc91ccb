using CertBot.Engine.Configuration;
using CertBot.Engine.Procedures;

namespace CertBot.Cli.Procedures;

/// <summary>
/// Turns what was typed into a <see cref="ProcedureRequest"/>, or into one line that says what is wrong and
/// what would be right: a typo is an answer, not an exception.
/// </summary>
public static class ProcedureGrammar
{
    /// <summary>The procedures as they are typed.</summary>
    public const string Usage =
        "regenerate <unit> --cluster <c> | renew <unit> --cluster <c> [--distribution single-node|multi-server] | purge-trust [--older-than <days>] [--file <store/file>] --cluster <c> | verify-ipsec --cluster <c> | exchange --from <c> --to <c>";

    private static readonly string[] Names = ["regenerate", "renew", "purge-trust", "verify-ipsec", "exchange"];

    /// <returns>The request, or null with <paramref name="error"/> set.</returns>
    public static ProcedureRequest? Parse(ProcedureWords words, EngineOptions options, out string? error)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(options);
        error = null;
        var name = words.Words.Count > 0 ? words.Words[0].ToLowerInvariant() : "";
        var extra = words.Words.Skip(1).ToList();
        var request = name switch
        {
            "regenerate" => Regenerate(words, extra, options, out error),
            "purge-trust" => NoExtra(words, extra, out error) && Cluster(words.Cluster, options, out error) is { } c
                ? ProcedureRequest.PurgeTrust(c, words.OlderThanDays, words.Files.Count == 0 ? null : words.Files) : null,
            "verify-ipsec" => NoExtra(words, extra, out error) && Cluster(words.Cluster, options, out error) is { } c
                ? ProcedureRequest.VerifyIpsec(c) : null,
            "exchange" => Exchange(words, extra, options, out error),
            "renew" => Renew(words, extra, options, out error),
            _ => null,
        };
        if (request is null && error is null)
        {
            error = $"unknown procedure '{string.Join(' ', words.Words)}'" + Suggest(name, Names) + $"; procedures: {Usage}";
        }

        if (request is not null && request.Kind != ProcedureKind.PurgeTrust && (words.OlderThanDays is not null || words.Files.Count > 0))
        {
            (request, error) = (null, "--older-than and --file belong to purge-trust");
        }

        if (words.Mixed is { } mixed && (request is { Kind: not ProcedureKind.Regenerate } || ProcedureRequest.ParseMixed(mixed) is null))
        {
            (request, error) = (null, request is { Kind: not ProcedureKind.Regenerate }
                ? "--mixed belongs to regenerate"
                : $"--mixed takes skip-node, all-but-it or stop, not '{mixed}'");
        }

        if (request is not null && request.Kind != ProcedureKind.Renew && words.Distribution is not null)
        {
            (request, error) = (null, "--distribution belongs to renew");
        }

        if (words.OlderThanDays is < 0)
        {
            (request, error) = (null, "--older-than takes a number of days, 0 or more");
        }

        return request;
    }

    private static ProcedureRequest? Regenerate(ProcedureWords words, List<string> extra, EngineOptions options, out string? error)
    {
        var units = UnitCatalog.Regenerable.Select(u => u.Name).ToList();
        if (extra.Count != 1)
        {
            error = $"regenerate needs one unit: regenerate <{string.Join("|", units)}> --cluster <c>";
            return null;
        }

        if (UnitCatalog.Find(extra[0]) is not { IsRegenerable: true } unit)
        {
            error = $"'{extra[0]}' is not a unit CertBot regenerates" + Suggest(extra[0].ToLowerInvariant(), units) + $"; units: {string.Join(", ", units)}";
            return null;
        }

        return Cluster(words.Cluster, options, out error) is { } cluster ? ProcedureRequest.Regenerate(cluster, unit, ProcedureRequest.ParseMixed(words.Mixed)) : null;
    }

    private static ProcedureRequest? Renew(ProcedureWords words, List<string> extra, EngineOptions options, out string? error)
    {
        var units = Engine.Planning.RenewalPlanner.Renewable.Select(u => u.Name).ToList();
        if (extra.Count != 1 || UnitCatalog.Find(extra[0]) is not { } unit || !Engine.Planning.RenewalPlanner.Renewable.Contains(unit))
        {
            error = extra.Count != 1 ? $"renew needs one unit: renew <{string.Join("|", units)}> --cluster <c>"
                : $"'{extra[0]}' is not a unit CertBot renews" + Suggest(extra[0].ToLowerInvariant(), units) + $"; units: {string.Join(", ", units)}";
            return null;
        }

        var distribution = words.Distribution?.ToLowerInvariant();
        if (distribution is not (null or "single-node" or "multi-server"))
        {
            error = $"--distribution is single-node or multi-server, not '{words.Distribution}'";
            return null;
        }

        bool? multi = distribution is null ? null : distribution == "multi-server";
        return Cluster(words.Cluster, options, out error) is { } cluster ? ProcedureRequest.Renew(cluster, unit, multi) : null;
    }

    private static ProcedureRequest? Exchange(ProcedureWords words, List<string> extra, EngineOptions options, out string? error)
    {
        if (!NoExtra(words, extra, out error))
        {
            return null;
        }

        if (words.Cluster is not null)
        {
            error = "exchange names its clusters with --from <source> --to <destination>, not --cluster";
            return null;
        }

        if (Cluster(words.From, options, out error, "--from") is not { } from || Cluster(words.To, options, out error, "--to") is not { } to)
        {
            return null;
        }

        if (from.Equals(to, StringComparison.OrdinalIgnoreCase))
        {
            error = "exchange needs two different clusters";
            return null;
        }

        return ProcedureRequest.Exchange(from, to);
    }

    private static bool NoExtra(ProcedureWords words, List<string> extra, out string? error)
    {
        error = extra.Count == 0 ? null : $"'{words.Words[0]}' takes no '{extra[0]}'; procedures: {Usage}";
        return error is null;
    }

    /// <summary>The configured spelling of the cluster, or null with a line that lists the configured ones.</summary>
    private static string? Cluster(string? name, EngineOptions options, out string? error, string option = "--cluster")
    {
        var known = string.Join(", ", options.Clusters.Select(c => c.Name));
        if (string.IsNullOrWhiteSpace(name))
        {
            error = $"{option} <cluster> is missing; configured clusters: {known}";
            return null;
        }

        var cluster = options.FindCluster(name);
        error = cluster is null ? $"no cluster named '{name}' is configured" + Suggest(name.ToLowerInvariant(), options.Clusters.Select(c => c.Name)) + $"; configured: {known}" : null;
        return cluster?.Name;
    }

    /// <summary>"; did you mean regenerate?" when one candidate is within two edits.</summary>
    private static string Suggest(string typed, IEnumerable<string> candidates)
    {
        var close = candidates.Where(c => EditDistance.Between(typed, c) <= 2).ToList();
        return close.Count == 1 && typed.Length > 0 ? $" (did you mean {close[0]}?)" : "";
    }
}
