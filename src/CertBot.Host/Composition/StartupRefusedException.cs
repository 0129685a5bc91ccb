namespace CertBot.Host.Composition;

/// <summary>
/// The host will not start with this configuration; <see cref="Problems"/> says what to fix, one line each.
/// Thrown before anything listens, so a bad configuration never serves a request.
/// </summary>
public sealed class StartupRefusedException : Exception
{
    public StartupRefusedException(IReadOnlyList<string> problems)
        : base("CertBot cannot start:\n  - " + string.Join("\n  - ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    public StartupRefusedException()
        : this([])
    {
    }

    public StartupRefusedException(string message)
        : this([message])
    {
    }

    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
