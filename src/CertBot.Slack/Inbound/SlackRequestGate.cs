using CertBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CertBot.Slack.Inbound;

/// <summary>
/// The first thing every Slack request meets: the raw body is read (bounded) and its v0 signature checked before
/// anything parses it. A refused request gets 401 and causes nothing else; only the reason is logged.
/// </summary>
public sealed class SlackRequestGate(SlackSignatureVerifier verifier, IOptionsMonitor<SlackOptions> options, ILogger<SlackRequestGate> logger)
{
    public async Task<SlackAdmission> AdmitAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.CurrentValue;
        if (request.ContentLength > settings.MaxBodyBytes)
        {
            Log.Refused(logger, request.Path, "body too large");
            return SlackAdmission.Refuse(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadAsync(request.Body, settings.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            Log.Refused(logger, request.Path, "body too large");
            return SlackAdmission.Refuse(StatusCodes.Status413PayloadTooLarge);
        }

        var check = verifier.Verify(settings.SigningSecret, request.Headers[SlackSignatureVerifier.TimestampHeader],
            request.Headers[SlackSignatureVerifier.SignatureHeader], body, settings.SignatureTolerance);
        if (check != SignatureCheck.Valid)
        {
            Log.Refused(logger, request.Path, check.ToString());
            return SlackAdmission.Refuse(StatusCodes.Status401Unauthorized);
        }

        return SlackAdmission.Accept(body);
    }

    /// <summary>The body's bytes, or null past <paramref name="max"/> (a chunked body has no Content-Length to check first).</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
