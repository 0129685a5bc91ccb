using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CertBot.Lab.Pki;

/// <summary>Trust file names as the platform makes them: <c>&lt;CN&gt;.pem</c> or <c>&lt;CN&gt;_&lt;serial hex&gt;.pem</c>, spaces as <c>_</c>.</summary>
public static class TrustFileNames
{
    /// <summary>The file name of a trust certificate.</summary>
    public static string For(X509Certificate2 certificate, bool withSerial)
    {
        var name = Sanitize(CertificateReading.CommonName(certificate));
        return withSerial ? $"{name}_{CertificateReading.SerialHex(certificate)}.pem" : $"{name}.pem";
    }

    private static string Sanitize(string commonName)
    {
        var builder = new StringBuilder(commonName.Length);
        foreach (var c in commonName)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "certificate" : builder.ToString();
    }
}
