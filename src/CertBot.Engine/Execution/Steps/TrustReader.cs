using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Execution.Steps;

/// <summary>The entries of some trust stores with their serials, inspecting each where the list does not carry it.</summary>
internal static class TrustReader
{
    public static async Task<IReadOnlyList<CertificateInfo>> ReadAsync(INodeSession session, string store, CancellationToken cancellationToken) =>
        await ReadAsync(session, [store], cancellationToken);

    public static async Task<IReadOnlyList<CertificateInfo>> ReadAsync(INodeSession session, IReadOnlyCollection<string> stores, CancellationToken cancellationToken)
    {
        var result = new List<CertificateInfo>();
        foreach (var listed in (await session.ListCertificatesAsync(trust: true, cancellationToken)).Where(c => stores.Contains(c.Store)))
        {
            result.Add(string.IsNullOrEmpty(listed.Serial)
                ? await session.GetCertificateAsync(listed.Store, listed.Unit, listed.File, cancellationToken)
                : listed);
        }

        return result;
    }
}
