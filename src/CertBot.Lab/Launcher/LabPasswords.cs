using System.Security.Cryptography;

namespace CertBot.Lab.Launcher;

/// <summary>Random passwords, new for every <c>up</c>; letters and digits only, so no shell or prompt mangles them.</summary>
internal static class LabPasswords
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 20);
}
