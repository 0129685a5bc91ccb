namespace CertBot.Lab.Node;

/// <summary>Settings that live as long as one login (as <c>set cli pagination</c> does on real nodes).</summary>
internal sealed class SessionSettings
{
    public bool Pagination { get; set; }
}
