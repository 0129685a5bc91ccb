using System.Security.Cryptography;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>An OpenSSH public key line's fingerprint, computed as <c>ssh-keygen -lf</c> prints it.</summary>
internal static class Fingerprint
{
    public static string Of(string publicKeyLine) =>
        "SHA256:" + Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(publicKeyLine.Split(' ')[1]))).TrimEnd('=');
}
