namespace CertBot.Testing;

/// <summary>
/// Marks a lab directory as in use by this test process: an exclusive lock on <c>&lt;dir&gt;.lock</c> held for the
/// fixture's lifetime. The kernel drops it when the process dies, so a lab whose lock can be taken is abandoned
/// (its run was killed), while a lab of a concurrent run of the same tests is left alone.
/// </summary>
internal static class LabOwnership
{
    /// <summary>Takes the lock of a directory, or returns null when another process holds it.</summary>
    public static FileStream? TryClaim(string directory)
    {
        try
        {
            return new FileStream(LockFile(directory), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock and removes its file.</summary>
    public static void Release(FileStream? claim, string directory)
    {
        if (claim is null)
        {
            return;
        }

        File.Delete(LockFile(directory));
        claim.Dispose();
    }

    private static string LockFile(string directory) => Path.TrimEndingDirectorySeparator(directory) + ".lock";
}
