using PolicyKit.Import.Importing;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Import;

/// <summary>
/// Turns existing Word, OpenDocument and PDF policies into PolicyKit sources: reads each document, recognises its
/// sections, clauses, tables, metadata and review history, writes the source file atomically, then checks that the
/// sources build with it. A file already there is replaced only when asked. A written file that does not build is
/// kept, and its errors are reported at its lines: it is the person's starting point, and the errors say what to change.
/// </summary>
public static class PolicyImport
{
    /// <summary>The kinds of document PolicyKit imports: ".docx", ".odt" and ".pdf".</summary>
    public static IReadOnlyList<string> Extensions => DocumentImport.Extensions;

    /// <summary>Imports one document as the policy <see cref="ImportRequest.PolicyId"/>.</summary>
    /// <param name="request">The document, the policy folder, the id and the school.</param>
    /// <returns>What was written and every problem; check <see cref="ImportOutcome.Failed"/>.</returns>
    public static ImportOutcome File(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var import = new PendingImport(request.File, request.PolicyId);
        DocumentImport.Run(import, new ImportSources(request.SourcesRoot), request.SchoolId, request.Overwrite);
        ImportCheck.Run(request.SourcesRoot, request.SchoolId, request.Today, [import]);
        return import.ToOutcome();
    }

    /// <summary>
    /// Imports every document in a folder, each as the id its file name gives (<see cref="IdFromFileName"/>; a second
    /// file giving the same id gets "-2"). A document that fails is reported and the others are still imported.
    /// </summary>
    /// <param name="request">The folder, the policy folder and the school.</param>
    /// <param name="progress">Told as each document starts; may be null.</param>
    /// <param name="cancellationToken">Stops between documents; every file already written is complete.</param>
    /// <returns>One outcome per document in file-name order.</returns>
    public static FolderImportOutcome Folder(FolderImportRequest request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var display = SourceSetLoader.DisplayPath(request.Folder);
        if (!Directory.Exists(request.Folder))
        {
            return new FolderImportOutcome([], [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileNotFound, SourceSpan.ForFile(display), "the folder does not exist; give the folder that holds the documents to import.")]);
        }

        var files = Directory.EnumerateFiles(request.Folder, "*", request.Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            // "~$Policy.docx" is Word's lock file for a document open in Word, not a document.
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return new FolderImportOutcome([], [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ImportFolderEmpty, SourceSpan.ForFile(display), $"the folder has no document PolicyKit imports (.docx, .docm, .odt, .doc, .rtf or .pdf){(request.Recursive ? string.Empty : " (sub-folders are not searched unless --recursive is given)")}.")]);
        }

        var ids = PolicyIdFromFileName.Distinct(files.Select(Path.GetFileName)!);
        var imports = new List<PendingImport>();
        var sources = new ImportSources(request.SourcesRoot);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ImportProgress(i, files.Count, files[i]));
            var import = new PendingImport(files[i], ids[i] ?? string.Empty);
            imports.Add(import);
            if (ids[i] is null)
            {
                import.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ImportNoIdFromName, SourceSpan.ForFile(SourceSetLoader.DisplayPath(files[i])), "the file's name gives no policy id (it has no words but 'policy', years and version numbers); rename it after the policy, such as 'Online Safety Policy.docx', or import it on its own with --as."));
                continue;
            }

            RunOne(import, sources, request);
        }

        ImportCheck.Run(request.SourcesRoot, request.SchoolId, request.Today, imports);
        return new FolderImportOutcome(imports.Select(i => i.ToOutcome()).ToList(), []);
    }

    /// <summary>The policy id a document's file name suggests: "Online Safety Policy 2024 v2.docx" gives "online-safety".</summary>
    /// <returns>The id, or null when the name has nothing but "policy", years and version numbers.</returns>
    public static string? IdFromFileName(string fileName) => PolicyIdFromFileName.Of(fileName);

    private static void RunOne(PendingImport import, ImportSources sources, FolderImportRequest request) =>
        RunGuarded(import, () => DocumentImport.Run(import, sources, request.SchoolId, request.Overwrite));

    /// <summary>Runs one document's import so that a fault in PolicyKit on that document is reported against it (PK1344) and the folder goes on.</summary>
    internal static void RunGuarded(PendingImport import, Action run)
    {
        try
        {
            run();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One document PolicyKit trips over must not stop the rest of the folder; on its own it would be reported as a fault.
            import.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ImportFileFailed, SourceSpan.ForFile(SourceSetLoader.DisplayPath(import.File)), $"PolicyKit could not import this document ({ex.GetType().Name}: {ex.Message}); the other documents are imported all the same. Import it on its own to see more, and report it with the document if it happens again."));
        }
    }
}
