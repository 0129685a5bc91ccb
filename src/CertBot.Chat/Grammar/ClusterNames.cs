namespace CertBot.Chat.Grammar;

/// <summary>
/// Resolves what a user typed to a configured cluster name. Only unambiguous spellings resolve (case and
/// separators do not matter: "Lab_East" is lab-east); anything else is left to a did-you-mean, because a
/// guessed cluster is the wrong place to be clever.
/// </summary>
internal sealed class ClusterNames
{
    private readonly List<string> _names;

    public ClusterNames(IEnumerable<string> configured)
    {
        _names = configured.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public IReadOnlyList<string> All => _names;

    /// <summary>The only configured cluster, when there is exactly one: then naming it is optional.</summary>
    public string? Single => _names.Count == 1 ? _names[0] : null;

    public string? Resolve(string word)
    {
        var exact = _names.FirstOrDefault(n => string.Equals(n, word, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var key = Squash(word);
        var loose = _names.Where(n => Squash(n) == key).ToList();
        return loose.Count == 1 ? loose[0] : null;
    }

    public string Describe() => _names.Count == 0
        ? "no cluster is configured"
        : "configured clusters: " + string.Join(", ", _names.Select(n => $"`{n}`"));

    private static string Squash(string name) => new string(name.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}
