using System.Runtime.Versioning;

// The simulator and its tests use Unix file modes, flock and stty: Linux only, like the lab itself.
[assembly: SupportedOSPlatform("linux")]
