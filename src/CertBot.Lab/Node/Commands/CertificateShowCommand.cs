namespace CertBot.Lab.Node.Commands;

/// <summary><c>show cert own &lt;unit&gt;[/&lt;file&gt;]</c> and <c>show cert trust &lt;store&gt;/&lt;file&gt;</c>.</summary>
internal sealed class CertificateShowCommand(bool trust) : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var target = arguments.At(0);
        if (target is null)
        {
            await context.FailAsync(trust ? "Usage: show cert trust <trust-store>/<file>.pem" : "Usage: show cert own <unit>");
            return;
        }

        var slash = target.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? target : target[..slash];
        var file = slash < 0 ? null : target[(slash + 1)..];
        var pem = await context.ReadAsync((_, files) => trust ? FindTrust(files, first, file) : FindOwn(context, files, first, file));
        if (pem is null)
        {
            await context.InvalidUnitAsync(target);
            return;
        }

        await context.LinesAsync(CertificateText.Describe(pem));
    }

    private static string? FindOwn(CommandContext context, State.CertificateFiles files, string unitTyped, string? file)
    {
        var unit = CommandContext.FindOwnUnit(files, unitTyped);
        if (unit is null || (file is not null && !file.Equals(unit + ".pem", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return files.ReadOwnCertificate(unit);
    }

    private static string? FindTrust(State.CertificateFiles files, string store, string? file)
    {
        if (file is null)
        {
            return null;
        }

        var name = file.EndsWith(".pem", StringComparison.Ordinal) ? file : file + ".pem";
        return files.HasTrust(store, name) ? files.ReadTrust(store, name) : null;
    }
}
