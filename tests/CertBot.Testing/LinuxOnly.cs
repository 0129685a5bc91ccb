using System.Runtime.Versioning;

// The lab (sshd in mount namespaces) and the OpenSSH helpers exist on Linux only.
[assembly: SupportedOSPlatform("linux")]
