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

    // A platform's request is answered on the socket's own thread instead of queueing on the thread pool behind
    // the chat's work (planning, cards, connector posts), so a busy host still acknowledges within the
    // platforms' time limits. Safe here because no endpoint blocks: each checks, queues its work and answers.
    builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
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
