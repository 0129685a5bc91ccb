using CertBot.Chat.Views;
using CertBot.Slack.Rendering;
using CertBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CertBot.Slack.Threads;

/// <summary>
/// A CSR too long for one Block Kit section also reaches the thread as a file (<c>&lt;node&gt;.csr</c>): copying a PEM
/// in parts is easy to get wrong, a file goes to the CA whole. Best effort: the message carries the CSR in parts
/// anyway, so an upload Slack refuses (an app installed without <c>files:write</c>) is logged and the message stands.
/// </summary>
public sealed class SlackCsrFiles(SlackApiClient api, ILogger<SlackCsrFiles> logger)
{
    /// <summary>Shares, in <paramref name="thread"/>, each CSR of an open CSR message that does not fit one section.</summary>
    public async Task ShareAsync(SlackThreadReference thread, CsrView csr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(csr);
        foreach (var request in csr.Requests.Where(CsrBlocks.IsSplit))
        {
            try
            {
                await api.UploadTextAsync(thread.Channel, thread.ThreadTs.Length == 0 ? null : thread.ThreadTs, request.Node + ".csr",
                    $"CSR of {request.Node} ({request.Subject})", request.Pem, cancellationToken);
            }
            catch (SlackApiException failure)
            {
                Log.CsrFileFailed(logger, request.Node, failure.Error);
            }
        }
    }
}
