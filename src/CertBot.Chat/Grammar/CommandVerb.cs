namespace CertBot.Chat.Grammar;

/// <summary>The command a message starts with, before its arguments are read.</summary>
internal enum CommandVerb
{
    Help,
    Clusters,
    Certs,
    Check,
    CheckIpsec,
    Regenerate,
    Renew,
    Provide,
    PurgeExpiredTrust,
    Exchange,
    Status,
    Show,
    Runs,
    Cancel,
    Approve,
    Reject,
    Watch,
    Refresh,
}
