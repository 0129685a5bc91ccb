using System.Runtime.Versioning;

// The lab these tests run against (sshd per node, OpenSSH client) exists on Linux only.
[assembly: SupportedOSPlatform("linux")]
