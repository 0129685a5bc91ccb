namespace CertBot.Engine.Planning;

/// <summary>What a plan step does; the runner has one executor per changing kind.</summary>
public enum StepKind
{
    /// <summary>An approval gate: the run waits for an approver.</summary>
    ApprovalGate,

    /// <summary>A manual step an operator confirms (PRG HA off/on, DHCP option 150 checklist, push to Jabber).</summary>
    Manual,

    Regenerate,
    ControlService,
    DeleteTrust,
    ImportTrust,
    ConfigureBulkSftp,
    BulkExport,
    BulkConsolidate,
    BulkImport,

    /// <summary>Read-only: the SFTP directory holds one PKCS12 file per node of both clusters.</summary>
    VerifyBulkFiles,

    /// <summary>Read-only, on the Unified CM publisher: every other node's ipsec-trust holds its ipsec.pem (P7 as a step).</summary>
    VerifyIpsecTrust,

    /// <summary>Read-only, on each cluster's Unified CM publisher after the last change: replication healthy, every restarted service STARTED.</summary>
    CheckHealth,

    /// <summary>
    /// Read-only, after the restarts of P1–P5: every peer that trusted a regenerated node's old certificate holds the
    /// new one in the same trust store (Certificate Change Notification copied it); a peer without it pauses the run.
    /// </summary>
    VerifyPeerCopies,

    /// <summary>P9: <c>set csr gen</c> on a node; the CSR read back is kept with the run.</summary>
    GenerateCsr,

    /// <summary>P9: the run waits for the CA's signed certificate (a person provides it; it is validated against the CSRs).</summary>
    AwaitCertificate,

    /// <summary>P9: the CA chain of the signed certificate into the unit's trust store (entries already there are skipped).</summary>
    ImportChain,

    /// <summary>P9: <c>set cert import own</c> of the signed certificate.</summary>
    ImportOwn,

    /// <summary>P9, read-only: the node presents the signed certificate (multi-server: the platform distributed it).</summary>
    VerifyIdentity,
}
