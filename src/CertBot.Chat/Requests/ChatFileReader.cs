using System.Text;

namespace CertBot.Chat.Requests;

/// <summary>
/// Fetches a file a person attached, for the fronts: at most <see cref="ChatFile.MaxBytes"/>, and only PEM text is
/// kept. What it cannot take becomes the file's <see cref="ChatFile.Problem"/>, said in the thread; the content is
/// never logged.
/// </summary>
public static class ChatFileReader
{
    /// <summary>Sends <paramref name="request"/> (the front has put in what authenticates it) and reads the answer.</summary>
    public static async Task<ChatFile> ReadAsync(HttpClient client, HttpRequestMessage request, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new ChatFile(name, null, $"it could not be downloaded (HTTP {(int)response.StatusCode})");
            }

            if (response.Content.Headers.ContentLength > ChatFile.MaxBytes)
            {
                return TooLarge(name);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > ChatFile.MaxBytes)
                {
                    return TooLarge(name);
                }

                buffer.Write(chunk, 0, read);
            }

            return Judge(name, buffer.ToArray());
        }
        catch (HttpRequestException e)
        {
            return new ChatFile(name, null, $"it could not be downloaded ({e.HttpRequestError})");
        }
    }

    /// <summary>The file as a CA's answer may be: UTF-8 text with PEM blocks; DER, PKCS#12 or anything else is named as such.</summary>
    public static ChatFile Judge(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return NotPem(name);
        }

        return text.Contains('\0', StringComparison.Ordinal) || !text.Contains("-----BEGIN", StringComparison.Ordinal) ? NotPem(name) : new ChatFile(name, text);
    }

    /// <summary>The answer for a file over <see cref="ChatFile.MaxBytes"/>, read or not.</summary>
    public static ChatFile TooLarge(string name) =>
        new(name, null, $"it is larger than {ChatFile.MaxBytes / 1024} KB, far more than a certificate and its chain");

    private static ChatFile NotPem(string name) =>
        new(name, null, "it is not PEM text: send the signed certificate and its chain as PEM (-----BEGIN CERTIFICATE----- …), not DER, PKCS#7 or PKCS#12");
}
