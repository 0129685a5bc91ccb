namespace CertBot.Teams.Protocol;

/// <summary>Why an inbound body is not an activity CertBot will act on; every one is answered with 400.</summary>
public enum ActivityRejection
{
    TooLarge,
    Malformed,
    MissingType,
    MissingField,
}
