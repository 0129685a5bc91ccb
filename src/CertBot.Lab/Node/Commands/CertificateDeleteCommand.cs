namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>set cert delete &lt;unit&gt; &lt;file&gt;</c>: deletes one trust certificate after a yes/no confirmation.
/// Identity certificates are refused: only trust certificates can be deleted. From 11.0 the deletion propagates
/// to the product's other nodes (<see cref="TrustPropagation"/>).
/// </summary>
internal sealed class CertificateDeleteCommand : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        if (arguments.Words.Count != 2)
        {
            await context.FailAsync("Usage: set cert delete <unit> <file>.pem");
            return;
        }

        var (typedUnit, typedFile) = (arguments.Words[0], arguments.Words[1]);
        var file = typedFile.EndsWith(".pem", StringComparison.Ordinal) ? typedFile : typedFile + ".pem";
        var (store, found, identity) = await context.ReadAsync((_, files) =>
        {
            var store = TrustStoreNames.Resolve(files, typedUnit);
            var own = CommandContext.FindOwnUnit(files, typedUnit);
            var isIdentity = own is not null && file.Equals(own + ".pem", StringComparison.OrdinalIgnoreCase)
                && (store is null || !files.HasTrust(store, file));
            return (store, store is not null && files.HasTrust(store, file), isIdentity);
        });

        if (identity)
        {
            await context.FailAsync($"{typedUnit}/{file} is an identity certificate: only trust certificates can be deleted.");
            return;
        }

        if (store is null)
        {
            await context.InvalidUnitAsync(typedUnit);
            return;
        }

        if (!found)
        {
            await context.FailAsync($"Certificate {file} not found in {store}.");
            return;
        }

        if (!await context.ConfirmAsync($"Are you sure you want to delete the certificate {store}/{file} (yes|no)? "))
        {
            return;
        }

        var pem = await context.UpdateAsync((_, files) =>
        {
            var content = files.ReadTrust(store, file);
            files.DeleteTrust(store, file);
            return content;
        });
        await TrustPropagation.DeleteOnPeersAsync(context, store, file, pem);
        await context.LineAsync($"Successfully deleted certificate {file} from {store}.");
    }
}
