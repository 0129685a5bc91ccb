using System.Runtime.Versioning;

// The endpoint tests run against the lab (sshd in mount namespaces), which exists on Linux only.
[assembly: SupportedOSPlatform("linux")]
