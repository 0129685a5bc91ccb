namespace CertBot.Lab.Node.Commands;

/// <summary>What <c>utils service</c> does to a service.</summary>
internal enum ServiceAction
{
    Start,
    Stop,
    Restart,
}
