using System.Runtime.Versioning;

// The lab (sshd in mount namespaces) and its command logs exist on Linux only.
[assembly: SupportedOSPlatform("linux")]
