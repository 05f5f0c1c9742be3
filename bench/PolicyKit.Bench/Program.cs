using PolicyKit.Bench;

return BenchCommandLine.Run(args, Console.Out, Console.Error);
