using CertBot.Benchmarks;

// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- --lab <lab runtime dir> [--cluster lab-east]
// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- approval [--runs 100] [--remote-runs 10] [--poll 2]
return args is ["approval", .. var rest]
    ? await ApprovalBenchmark.RunAsync(ApprovalBenchmarkArguments.Parse(rest), Console.Out)
    : await InventoryBenchmark.RunAsync(BenchmarkArguments.Parse(args), Console.Out);
