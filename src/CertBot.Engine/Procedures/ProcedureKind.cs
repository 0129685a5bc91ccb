namespace CertBot.Engine.Procedures;

/// <summary>The procedures of procedures.md that change (or check) a cluster.</summary>
public enum ProcedureKind
{
    /// <summary>P1–P5: regenerate one identity unit.</summary>
    Regenerate,

    /// <summary>P6: delete expired (or named) trust certificates.</summary>
    PurgeTrust,

    /// <summary>P7: compare the CUCM publisher's ipsec.pem with every subscriber's ipsec-trust; plan the remedy.</summary>
    VerifyIpsec,

    /// <summary>P8: bulk certificate exchange between two clusters.</summary>
    Exchange,

    /// <summary>Undo what a failed or cancelled run left half-done (<see cref="Runs.Leftovers"/>).</summary>
    Restore,

    /// <summary>P9: renew a CA-signed identity certificate through a CSR and the CA's answer.</summary>
    Renew,
}
