using System.Runtime.Versioning;

// The lab needs sshd, mount namespaces and /proc: it runs on Linux only, so Unix file modes are always there.
[assembly: SupportedOSPlatform("linux")]
