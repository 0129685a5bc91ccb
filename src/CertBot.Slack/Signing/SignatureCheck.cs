namespace CertBot.Slack.Signing;

/// <summary>Why a request was or was not accepted as coming from Slack (for the log; the caller only ever sees 401).</summary>
public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    BadTimestamp,
    Stale,
    Mismatch,
    NoSecret,
}
