using CertBot.Chat.Grammar.Commands;
using CertBot.Engine.Model;
using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// <c>regenerate &lt;unit&gt; [cucm|imp] on &lt;cluster&gt;</c>, in any word order: "regen tomcat imp",
/// "regen the tomcat cert on lab-east", "Regenerate TOMCAT on lab-east please".
/// </summary>
internal static class RegenerateGrammar
{
    // --cluster and --mixed: the plan card names other choices as the command line spells them; pasted here they work too.
    private static readonly IReadOnlySet<string> Ignored = Vocabulary.Set("pem", "identity", "own", "in", "nodes", "node", "--cluster", "--mixed", "mixed");

    public static ParseResult Parse(ParseScope scope)
    {
        string? cluster = null;
        CertificateUnit? unit = null;
        Product? product = null;
        MixedChoice? mixed = null;
        foreach (var (index, token) in scope.Arguments)
        {
            // A configured cluster name wins over every other reading of a word: it is what the operator chose.
            if (scope.Clusters.Resolve(token.Text) is { } named)
            {
                if (scope.AddCluster(ref cluster, named) is { } twoClusters)
                {
                    return twoClusters;
                }
            }
            else if (UnitCatalog.Find(token.Text) is { } found)
            {
                if (scope.AddUnit(ref unit, found) is { } twoUnits)
                {
                    return twoUnits;
                }
            }
            else if (ProcedureRequest.ParseMixed(token.Text) is { } choice)
            {
                mixed = choice;
            }
            else if (ProductWords.Find(token.Text) is { } productWord)
            {
                if (product is not null && product != productWord)
                {
                    return scope.Refuse("Name one product (CUCM or IM and Presence), or none for every node that has the certificate.");
                }

                product = productWord;
            }
            else if (!token.IsAny(Vocabulary.Filler) && !token.IsAny(Ignored))
            {
                return scope.Unknown(index, scope.Clusters.All.Concat(UnitCatalog.Spellings).Concat(ProductWords.Spellings));
            }
        }

        return unit is null ? MissingUnit(scope, cluster) : Complete(scope, unit, product, cluster, mixed);
    }

    private static ParseResult Complete(ParseScope scope, CertificateUnit unit, Product? product, string? named, MixedChoice? mixed)
    {
        if (!unit.IsRegenerable)
        {
            return scope.Refuse(
                $"Regenerating `{unit.Name}` is not automated. CertBot regenerates {Regenerable()}.");
        }

        if (product is { } p && !unit.ExistsOn.Contains(p))
        {
            return scope.Refuse($"`{unit.Name}` is not a {ProductWords.Describe(p)} certificate; it exists on {Describe(unit.ExistsOn)}.");
        }

        if (product is { } q && !unit.RegenerableOn.Contains(q))
        {
            return scope.Refuse(
                $"Regenerating `{unit.Name}` on {ProductWords.Describe(q)} is not automated; CertBot regenerates it on {Describe(unit.RegenerableOn)}.");
        }

        // ipsec is regenerated on IM and Presence only: saying so in the command keeps the plan honest.
        var effectiveProduct = product ?? (unit.RegenerableOn.Count == 1 ? unit.RegenerableOn[0] : null);
        if (scope.RequireCluster(named, $"regenerate {unit.Name} on {{cluster}}", out var cluster) is { } refusal)
        {
            return refusal;
        }

        return ParseResult.Of(new RegenerateCommand(unit, cluster, effectiveProduct, mixed));
    }

    private static ParseResult MissingUnit(ParseScope scope, string? cluster) =>
        scope.Refuse(
            $"Which certificate? CertBot regenerates {Regenerable()}.",
            $"regenerate tomcat on {cluster ?? scope.Clusters.Single ?? "<cluster>"}");

    private static string Regenerable() =>
        string.Join(", ", UnitCatalog.All.Where(u => u.IsRegenerable).Select(u => $"`{u.Name}` ({Describe(u.RegenerableOn)})"));

    private static string Describe(IReadOnlyList<Product> products) =>
        string.Join(" and ", products.Select(ProductWords.Describe));
}
