using System.Diagnostics.CodeAnalysis;

namespace CertBot.Teams.Protocol;

/// <summary>An inbound body read as an activity, or the reason it was not.</summary>
public sealed record ActivityReadResult
{
    private ActivityReadResult(Activity? activity, ActivityRejection? rejection, string? detail)
    {
        Activity = activity;
        Rejection = rejection;
        Detail = detail;
    }

    public Activity? Activity { get; }

    public ActivityRejection? Rejection { get; }

    /// <summary>What was wrong, safe to log and to return to the caller (it never quotes the body).</summary>
    public string? Detail { get; }

    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Rejection), nameof(Detail))]
    public bool Accepted => Activity is not null;

    public static ActivityReadResult Of(Activity activity) => new(activity, null, null);

    public static ActivityReadResult Rejected(ActivityRejection rejection, string detail) => new(null, rejection, detail);
}
