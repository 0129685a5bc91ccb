using System.Runtime.Versioning;

// The lab, the OpenSSH client and the Unix file modes these tests check exist on Linux only.
[assembly: SupportedOSPlatform("linux")]
