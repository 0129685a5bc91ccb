using CertBot.Benchmarks;

// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- --lab <lab runtime dir> [--cluster lab-east]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- approval [--runs 100] [--remote-runs 10] [--poll 2]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- cards --lab <demo lab dir> [--cluster lab-east] [--unit cup] [--runs 3]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- scaling --nodes 200 [--profile demo] [--address-prefix 127.0.27] [--port 2261] [--concurrency C]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- several --lab <several-clusters lab dir> [--runs 20] [--lease 5] [--kills 5]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- ack [--requests 1000] [--levels 1,10,50] [--rounds 3]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- overhead --lab <demo lab dir> [--cluster lab-west] [--unit tomcat]
return args switch
{
    ["ack", .. var rest] => await AckLatencyBenchmark.RunAsync(AckLatencyArguments.Parse(rest), Console.Out),
    ["bare", "--urls", var urls] => await BareEndpoint.RunAsync(urls),
    ["sink", "--urls", var urls] => await ReplySink.RunAsync(urls),
    ["overhead", .. var rest] => await EngineOverheadBenchmark.RunAsync(EngineOverheadArguments.Parse(rest), Console.Out),
    ["approval", .. var rest] => await ApprovalBenchmark.RunAsync(ApprovalBenchmarkArguments.Parse(rest), Console.Out),
    ["cards", .. var rest] => await CardsBenchmark.RunAsync(CardsArguments.Parse(rest), Console.Out),
    ["scaling", .. var rest] => await ScalingBenchmark.RunAsync(ScalingArguments.Parse(rest), Console.Out),
    ["several", .. var rest] => await SeveralInstancesBenchmark.RunAsync(SeveralInstancesArguments.Parse(rest), Console.Out),
    _ => await InventoryBenchmark.RunAsync(BenchmarkArguments.Parse(args), Console.Out),
};
