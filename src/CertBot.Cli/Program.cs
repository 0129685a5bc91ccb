using CertBot.Cli.Commands;

// One file per command under Commands/; this file only wires them together.
return await CertBotCommandLine.Build().Parse(args).InvokeAsync();
