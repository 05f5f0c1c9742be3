using System.CommandLine;
using PolicyKit.Rendering.Docx;

namespace PolicyKit.Cli.Commands;

/// <summary>Writes the built-in Word reference document, for a communications officer to restyle in Word.</summary>
internal static class ReferenceDocCommand
{
    public static Command Create(TextWriter stdout)
    {
        var output = new Option<string>("--out") { Description = "Where to write the reference document.", DefaultValueFactory = _ => "reference.docx" };
        var command = new Command("reference-doc", "Write the default Word reference document (styles, fonts, page setup) to restyle in Word.") { output };
        command.SetAction((parse, _) =>
        {
            var path = parse.GetValue(output)!;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(directory);
            var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.tmp");
            File.WriteAllBytes(temporary, DocxReferenceDocument.CreateDefault());
            File.Move(temporary, path, overwrite: true);
            stdout.WriteLine($"Wrote {path}. Change its styles in Word (Home > Styles > Modify), then name it in trust.yaml or school.yaml as 'reference-doc:'.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
