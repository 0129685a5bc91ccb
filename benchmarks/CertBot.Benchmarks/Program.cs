using CertBot.Benchmarks;

// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- --lab <lab runtime dir> [--cluster lab-east]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- approval [--runs 100] [--remote-runs 10] [--poll 2]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- several --lab <several-clusters lab dir> [--runs 20] [--lease 5] [--kills 5]
return args switch
{
    ["approval", .. var rest] => await ApprovalBenchmark.RunAsync(ApprovalBenchmarkArguments.Parse(rest), Console.Out),
    ["several", .. var rest] => await SeveralInstancesBenchmark.RunAsync(SeveralInstancesArguments.Parse(rest), Console.Out),
    _ => await InventoryBenchmark.RunAsync(BenchmarkArguments.Parse(args), Console.Out),
};
