using Spectre.Console;

namespace PolicyKit.Cli.Output;

/// <summary>The console a report's table is drawn on.</summary>
internal static class ReportConsole
{
    /// <summary>
    /// Colour and the terminal's width only on a real terminal; redirected output stays plain and unwrapped (160
    /// columns), so a report saved to a file or read by a script has no escape codes and no broken rows.
    /// </summary>
    public static IAnsiConsole For(TextWriter stdout)
    {
        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
