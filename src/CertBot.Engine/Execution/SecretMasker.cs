namespace CertBot.Engine.Execution;

/// <summary>Replaces every known secret value in text bound for the journal, events or logs.</summary>
public sealed class SecretMasker
{
    public const string Mask = "********";
    private readonly List<string> secrets = [];

    /// <summary>Remembers a value to mask; values shorter than 4 characters would mask ordinary words, so they are refused.</summary>
    public void Add(string? secret)
    {
        if (secret is { Length: >= 4 } && !secrets.Contains(secret, StringComparer.Ordinal))
        {
            secrets.Add(secret);
        }
    }

    public string? Apply(string? text) =>
        text is null ? null : secrets.Aggregate(text, (masked, secret) => masked.Replace(secret, Mask, StringComparison.Ordinal));
}
