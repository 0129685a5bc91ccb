namespace CertBot.Slack.Inbound;

/// <summary>A verified request's raw body, or the status it was refused with (401 bad signature, 413 too large).</summary>
public sealed record SlackAdmission(byte[]? Body, int RefusalStatus)
{
    public bool Admitted => Body is not null;

    public static SlackAdmission Accept(byte[] body) => new(body, 0);

    public static SlackAdmission Refuse(int status) => new(null, status);
}
