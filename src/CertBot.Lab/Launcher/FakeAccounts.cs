using System.Globalization;
using System.Text;

namespace CertBot.Lab.Launcher;

/// <summary>
/// The lab's private account files: the host's passwd/group plus <c>admin</c> (4242) and <c>sftpuser</c>
/// (4243), and a shadow file with only their hashes. They are bind-mounted inside each sshd's namespace,
/// so the host's own accounts never change.
/// </summary>
internal static class FakeAccounts
{
    public const string Admin = "admin";
    public const int AdminUid = 4242;
    public const string SftpUser = "sftpuser";
    public const int SftpUid = 4243;

    // Shadow field 3 (last change, days since 1970) must be plausible: 0 would force a password change.
    private const string LastChangeDay = "20000";

    public static async Task WriteAsync(RuntimeLayout layout, string adminPassword, string sftpPassword, CancellationToken ct)
    {
        Directory.CreateDirectory(layout.Etc);
        Directory.CreateDirectory(layout.AdminHome);
        var hashes = await Task.WhenAll(HashAsync(adminPassword, ct), HashAsync(sftpPassword, ct));

        var passwd = HostLines("/etc/passwd")
            .Append(Line(Admin, AdminUid, "CUCM platform administrator", layout.AdminHome))
            .Append(Line(SftpUser, SftpUid, "Lab SFTP server", layout.SftpDrop));
        var group = HostLines("/etc/group")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{Admin}:x:{AdminUid}:"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"{SftpUser}:x:{SftpUid}:"));
        File.WriteAllText(layout.Passwd, Join(passwd));
        File.WriteAllText(layout.Group, Join(group));
        SecretFile.Write(layout.Shadow, Join([
            $"{Admin}:{hashes[0]}:{LastChangeDay}:0:99999:7:::",
            $"{SftpUser}:{hashes[1]}:{LastChangeDay}:0:99999:7:::",
        ]));
        File.WriteAllText(layout.PamSshd, """
            # PAM stack of the lab's sshd daemons: the namespace's own passwd/shadow, nothing printed at login,
            # no 2 s pause after a wrong password (tests try one on purpose).
            auth     required pam_unix.so nodelay
            account  required pam_unix.so
            password required pam_unix.so
            session  required pam_unix.so

            """);
    }

    /// <summary>SHA-512 crypt hash; the password goes to openssl on standard input, never as an argument.</summary>
    private static async Task<string> HashAsync(string password, CancellationToken ct) =>
        (await ExternalTool.RunCheckedAsync(SystemTools.OpenSsl, ["passwd", "-6", "-stdin"], password + "\n", ct)).Trim();

    private static IEnumerable<string> HostLines(string file) =>
        File.ReadAllLines(file).Where(l => !l.StartsWith(Admin + ":", StringComparison.Ordinal) && !l.StartsWith(SftpUser + ":", StringComparison.Ordinal));

    private static string Line(string name, int uid, string comment, string home) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}:x:{uid}:{uid}:{comment}:{home}:/bin/sh");

    private static string Join(IEnumerable<string> lines) => new StringBuilder().AppendJoin('\n', lines).Append('\n').ToString();
}
