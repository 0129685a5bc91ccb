namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// The SSH_ASKPASS program: a two-line script that prints the password from its own environment. The
/// password therefore lives only in the child's environment, never on a command line or in a file.
/// It answers every prompt (password and each keyboard-interactive question) the same way.
/// </summary>
public static class AskPass
{
    /// <summary>The environment variable the script reads.</summary>
    public const string SecretVariable = "CERTBOT_SSH_SECRET";

    public static string Write(PrivateDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.WriteFile("askpass", $"#!/bin/sh\nprintf '%s\\n' \"${SecretVariable}\"\n", executable: true);
    }
}
