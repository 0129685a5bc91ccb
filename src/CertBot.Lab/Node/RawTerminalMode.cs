using System.Runtime.InteropServices;

namespace CertBot.Lab.Node;

/// <summary>
/// Puts the login's terminal (standard input) in raw mode for the session and restores it after: no echo,
/// no line discipline, no output post-processing and no SIGINT, so the simulator handles echo, \r\n and
/// Ctrl-C itself and a PTY client sees exactly the bytes a pipe client sees. Done in-process: running
/// <c>stty</c> as a child does not stick, because the runtime re-applies its own terminal settings when a
/// child process exits.
/// </summary>
internal sealed class RawTerminalMode : IDisposable
{
    private const int StandardInput = 0;
    private const int SetNow = 0;

    // Larger than struct termios on every Linux ABI; the layout stays libc's business (cfmakeraw).
    private const int TermiosBufferSize = 256;
    private readonly byte[]? original;

    private RawTerminalMode(byte[]? original) => this.original = original;

    /// <summary>Switches standard input to raw mode when it is a terminal; otherwise does nothing.</summary>
    public static RawTerminalMode Enter()
    {
        if (IsTerminal(StandardInput) != 1)
        {
            return new RawTerminalMode(null);
        }

        var saved = new byte[TermiosBufferSize];
        if (GetAttributes(StandardInput, saved) != 0)
        {
            return new RawTerminalMode(null);
        }

        var raw = (byte[])saved.Clone();
        MakeRaw(raw);
        return SetAttributes(StandardInput, SetNow, raw) == 0 ? new RawTerminalMode(saved) : new RawTerminalMode(null);
    }

    public void Dispose()
    {
        if (original is not null)
        {
            _ = SetAttributes(StandardInput, SetNow, original);
        }
    }

    [DllImport("libc", EntryPoint = "isatty")]
    private static extern int IsTerminal(int fd);

    [DllImport("libc", EntryPoint = "tcgetattr")]
    private static extern int GetAttributes(int fd, [Out] byte[] termios);

    [DllImport("libc", EntryPoint = "tcsetattr")]
    private static extern int SetAttributes(int fd, int optionalActions, [In] byte[] termios);

    [DllImport("libc", EntryPoint = "cfmakeraw")]
    private static extern void MakeRaw([In, Out] byte[] termios);
}
