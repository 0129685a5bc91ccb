namespace CertBot.Lab.Node.Bulk;

/// <summary>The three bulk certificate operations that move files.</summary>
internal enum BulkOperation
{
    Export,
    Consolidate,
    Import,
}
