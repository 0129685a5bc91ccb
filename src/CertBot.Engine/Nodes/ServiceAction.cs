namespace CertBot.Engine.Nodes;

/// <summary>What <c>utils service &lt;action&gt; &lt;name&gt;</c> does.</summary>
public enum ServiceAction
{
    Restart,
    Stop,
    Start,
}
