using PolicyKit.Cli;

return await PolicyKitCommandLine.RunAsync(args, TimeProvider.System, Console.Out, Console.Error);
