using CertBot.Chat;
using CertBot.Cisco;
using CertBot.Engine;
using CertBot.Host.Composition;
using CertBot.Slack;
using CertBot.Storage;
using CertBot.Teams;

// The composition root: configuration (appsettings.json next to the program, each --config file, the
// environment, the command line), one AddCertBotXxx per project, the endpoints. A configuration problem
// stops the start before anything listens, with what to fix.
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.Host.UseSystemd().UseWindowsService();
    builder.AddCertBotConfiguration(args).Services
        .AddCertBotHost()
        .AddCertBotStorage()
        .AddCertBotCisco()
        .AddCertBotEngine()
        .AddCertBotChat(builder.Configuration)
        .AddCertBotTeams(builder.Configuration)
        .AddCertBotSlack(builder.Configuration);
    var app = builder.Build().RefuseInvalidConfiguration();
    app.MapCertBotHealth();
    app.MapCertBotTeams();
    app.MapCertBotSlack();
    await app.RunAsync();
    return 0;
}
catch (StartupRefusedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return 2;
}
