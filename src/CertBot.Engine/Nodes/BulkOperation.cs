namespace CertBot.Engine.Nodes;

/// <summary>The <c>set cert bulk &lt;operation&gt; all</c> commands of seed 003.</summary>
public enum BulkOperation
{
    Export,
    Consolidate,
    Import,
}
