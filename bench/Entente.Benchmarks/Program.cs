using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*'` runs them all;
// BenchmarkDotNet prints what it measured, on which machine and runtime.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
