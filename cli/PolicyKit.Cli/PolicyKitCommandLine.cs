using System.CommandLine;
using PolicyKit.Cli.Commands;

namespace PolicyKit.Cli;

/// <summary>The command tree. Hosts only parse and print; the work is in the Generator library.</summary>
internal static class PolicyKitCommandLine
{
    public static RootCommand Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("PolicyKit: write each policy once, generate every school's branded documents.");
        root.Subcommands.Add(BuildCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(StatusCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(CoverageCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(CalendarCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(ImportCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(ReferenceDocCommand.Create(stdout));
        root.Subcommands.Add(PublishCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(RosterCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(SignOffCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(RatificationsCommand.Create(clock, stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(clock, stdout, stderr));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            // On Ctrl+C or SIGTERM the build is cancelled: give it time to stop LibreOffice and remove its temporary
            // profiles before the process exits. Exceptions come to the handlers below, not the library's own
            // handler, which would print a stack trace and exit 1 like a source error.
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = TimeSpan.FromSeconds(15), EnableDefaultExceptionHandler = false };
            var parse = Create(clock, stdout, stderr).Parse(args);
            var code = await parse.InvokeAsync(configuration);

            // The library prints a parse error with the help text and returns 1, the code documented for errors in
            // the sources; a wrong command line has its own code, so scripts can tell the two apart.
            return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("Cancelled. Files already written are complete; no file was left half-written. Run the build again to finish.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("POLICYKIT_DEBUG") is null)
        {
            // A bug, not a user mistake: say so plainly; POLICYKIT_DEBUG=1 shows the stack trace.
            await stderr.WriteLineAsync($"internal error: {ex.GetType().Name}: {ex.Message}");
            await stderr.WriteLineAsync("This is a fault in PolicyKit, not in your sources. Please report it with the command you ran (set POLICYKIT_DEBUG=1 for details).");
            return ExitCodes.InternalError;
        }
    }
}
