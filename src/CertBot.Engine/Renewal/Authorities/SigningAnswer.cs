namespace CertBot.Engine.Renewal.Authorities;

/// <summary>A CA connector's answer: the signed certificate(s) and chain as PEM, or why people answer instead.</summary>
public sealed record SigningAnswer
{
    private SigningAnswer(string? pem, string? reason)
    {
        Pem = pem;
        Reason = reason;
    }

    /// <summary>The signed certificate(s) and the CA chain, PEM, in any order; null when people answer.</summary>
    public string? Pem { get; }

    /// <summary>Why people answer (journaled); null when signed.</summary>
    public string? Reason { get; }

    /// <summary>The CA signed: the certificates and the chain, PEM, validated next exactly like a pasted answer.</summary>
    public static SigningAnswer Issued(string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        return new SigningAnswer(pem, null);
    }

    /// <summary>People return the CA's answer in the run's thread (or with <c>certbot provide</c>).</summary>
    public static SigningAnswer Manual(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new SigningAnswer(null, reason);
    }
}
