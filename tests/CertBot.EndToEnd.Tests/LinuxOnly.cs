using System.Runtime.Versioning;

// The lab (sshd in mount namespaces), Debian's Chromium and the 0600 file checks exist on Linux only.
[assembly: SupportedOSPlatform("linux")]
