using System.Runtime.InteropServices;

namespace CertBot.Lab.Launcher;

/// <summary>Sends signals by pid (Process.Kill only knows SIGKILL; sshd and the simulator deserve a SIGTERM first).</summary>
internal static class UnixSignals
{
    public const int Terminate = 15;
    public const int Kill = 9;

    /// <summary>Sends the signal; a process that is already gone is not an error.</summary>
    public static void Send(int pid, int signal) => _ = SendSignal(pid, signal);

    // DllImport rather than LibraryImport: the generated stub needs unsafe code for nothing here (two ints in, one out).
    [DllImport("libc", EntryPoint = "kill")]
    private static extern int SendSignal(int pid, int signal);
}
