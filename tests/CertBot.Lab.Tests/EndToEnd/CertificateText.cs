using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>Reads what <c>show cert own|trust</c> printed: a named field, and the PEM block.</summary>
internal static class CertificateText
{
    public static string Field(string text, string name) =>
        text.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();

    public static X509Certificate2 Pem(string text)
    {
        var begin = text.IndexOf("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal);
        var end = text.IndexOf("-----END CERTIFICATE-----", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"no PEM block in:\n{text}");
        return X509Certificate2.CreateFromPem(text.AsSpan(begin, end + "-----END CERTIFICATE-----".Length - begin));
    }
}
