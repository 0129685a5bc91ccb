using System.Runtime.Versioning;

// The lab (sshd in mount namespaces) the handler tests run against exists on Linux only.
[assembly: SupportedOSPlatform("linux")]
