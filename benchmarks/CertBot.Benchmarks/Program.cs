using CertBot.Benchmarks;

// dotnet run --project benchmarks/CertBot.Benchmarks -c Release -- --lab <lab runtime dir> [--cluster lab-east]
return await InventoryBenchmark.RunAsync(BenchmarkArguments.Parse(args), Console.Out);
