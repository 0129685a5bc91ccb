namespace CertBot.Lab.Node.Commands;

/// <summary><c>show csr own &lt;unit&gt;/&lt;unit&gt;.csr</c> and <c>show csr list own</c>.</summary>
internal sealed class CsrShowCommand(bool list) : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        if (list)
        {
            var units = await context.ReadAsync((_, files) => files.CsrUnits());
            await context.LineAsync();
            await context.LinesAsync(units.Select(u => $"{u}/{u}.csr"));
            return;
        }

        var target = arguments.At(0) ?? "";
        var unit = target.Split('/')[0];
        var csr = await context.ReadAsync((_, files) => CommandContext.FindOwnUnit(files, unit) is { } found ? files.ReadCsr(found) : null);
        if (csr is null)
        {
            await context.FailAsync($"No CSR found for {target}.");
            return;
        }

        await context.LinesAsync(csr.Trim().Split('\n'));
    }
}
