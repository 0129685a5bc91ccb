using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CertBot.Engine.Configuration;

/// <summary>
/// Checks the <c>CertBot</c> section as written, for every composition that binds it (the inventory needs no
/// approvers, but it does need readable nodes): values the binder cannot convert, and what it would leave at a
/// default without a word.
/// </summary>
public sealed class EngineSectionValidator(IConfiguration configuration) : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options)
    {
        var section = configuration.GetSection(EngineOptions.Section);
        var problems = ReadableConfiguration.Problems(section, typeof(EngineOptions)).Concat(Unnamed(section)).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>
    /// What the binder leaves at a default without a word: a cluster or node without a name, a node without a
    /// product or role (planning must not guess which node is the publisher).
    /// </summary>
    private static IEnumerable<string> Unnamed(IConfigurationSection certBot)
    {
        foreach (var cluster in certBot.GetSection("Clusters").GetChildren())
        {
            if (string.IsNullOrWhiteSpace(cluster["Name"]))
            {
                yield return "a cluster has no name: give every entry of CertBot:Clusters a Name";
                continue;
            }

            foreach (var node in cluster.GetSection("Nodes").GetChildren())
            {
                var where = $"cluster '{cluster["Name"]}' node '{node["Name"]}'";
                if (string.IsNullOrWhiteSpace(node["Name"]))
                {
                    yield return $"cluster '{cluster["Name"]}' has a node without a name";
                    continue;
                }

                if (string.IsNullOrWhiteSpace(node["Product"]))
                {
                    yield return $"{where} has no product: set Product to cucm or imp";
                }

                if (string.IsNullOrWhiteSpace(node["Role"]))
                {
                    yield return $"{where} has no role: set Role to publisher or subscriber";
                }
            }
        }
    }

}
