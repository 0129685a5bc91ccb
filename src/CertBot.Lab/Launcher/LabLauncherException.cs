namespace CertBot.Lab.Launcher;

/// <summary>The lab cannot be started, stopped or changed as asked; the message tells the operator what to do.</summary>
internal sealed class LabLauncherException : Exception
{
    public LabLauncherException(string message, string? detail = null)
        : base(detail is null ? message : $"{message}\n{detail}")
    {
        Detail = detail;
    }

    /// <summary>Supporting output (a daemon's log tail, a tool's output), when there is some.</summary>
    public string? Detail { get; }
}
