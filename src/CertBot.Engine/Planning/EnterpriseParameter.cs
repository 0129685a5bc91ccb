using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>An enterprise parameter as a plan reads it: a failed read is a reason to stop, never a default.</summary>
internal static class EnterpriseParameter
{
    /// <summary>The parameter's value, or null and why it could not be read.</summary>
    public static async Task<(string? Value, string Problem)> ReadAsync(NodeFacts facts, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await facts.EnterpriseParameterAsync(name, cancellationToken) is { } value ? (value.Trim(), "") : (null, $"no {name} row in processconfig");
        }
        catch (NodeException e) when (e.Failure is NodeFailure.CommandFailed or NodeFailure.VerificationFailed)
        {
            return (null, e.Message);
        }
    }
}
