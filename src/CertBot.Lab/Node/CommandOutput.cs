namespace CertBot.Lab.Node;

/// <summary>
/// What one command prints, through the "Press &lt;enter&gt;" pager when pagination is on: space = next page,
/// enter = one more line, q = quit (the rest of the output is dropped). Under a <c>drop</c> fault the first
/// write prints half its text and ends the session.
/// </summary>
internal sealed class CommandOutput(Terminal terminal, int? pageLines, string? dropCommand)
{
    private const string Pager = "\u001b[1mPress <enter> for 1 line, <space> for one page, or <q> to quit\u001b[0m\u001b[K";
    private int linesOnPage;
    private bool quit;

    /// <summary>True once the reader pressed q at the pager.</summary>
    public bool Quit => quit;

    /// <summary>Prints one line (paged).</summary>
    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        if (quit)
        {
            return;
        }

        await DropIfAskedAsync(line);
        if (pageLines is { } page && linesOnPage >= page && !await PageAsync(page, cancellationToken))
        {
            return;
        }

        await terminal.WriteLineAsync(line);
        linesOnPage++;
    }

    /// <summary>Prints several lines (paged).</summary>
    public async Task WriteLinesAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            await WriteLineAsync(line, cancellationToken);
        }
    }

    /// <summary>Prints a question and reads the answer; null at end of input.</summary>
    public async Task<string?> AskAsync(string question, bool echo, CancellationToken cancellationToken)
    {
        await DropIfAskedAsync(question);
        await terminal.WriteAsync(question);
        linesOnPage = 0;
        return await terminal.ReadLineAsync(echo, cancellationToken);
    }

    /// <summary>Reads a line with no question (pasted certificate lines).</summary>
    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => terminal.ReadLineAsync(echo: true, cancellationToken);

    /// <summary>Throws when the command must be dropped before changing state.</summary>
    public void ThrowIfDropping()
    {
        if (dropCommand is not null)
        {
            throw new SessionDroppedException(dropCommand);
        }
    }

    private async Task DropIfAskedAsync(string text)
    {
        if (dropCommand is not null)
        {
            await terminal.WriteAsync(text[..(text.Length / 2)]);
            throw new SessionDroppedException(dropCommand);
        }
    }

    private async Task<bool> PageAsync(int page, CancellationToken cancellationToken)
    {
        await terminal.WriteAsync(Pager);
        while (true)
        {
            var key = await terminal.ReadKeyAsync(cancellationToken);
            switch (key)
            {
                case null or 'q' or 'Q':
                    quit = true;
                    return false;
                case ' ':
                    linesOnPage = 0;
                    return true;
                case '\r' or '\n':
                    linesOnPage = page - 1;
                    return true;
                case -2:
                    throw new OperationCanceledException("interrupted at the pager");
                default:
                    break;
            }
        }
    }
}
