# Converts .docx files to tagged PDF through a running LibreOffice instance (started by PolicyKit).
# Protocol: argv[1] is the UNO pipe name. Reads one JSON job per line on stdin ({"docx": path, "pdf": path});
# writes "ready" once connected, then one JSON result per job ({"ok": true} or {"ok": false, "error": text}).
# At end of input it asks LibreOffice to quit. PolicyKit owns the LibreOffice process and kills it on timeout.
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import Locale


def props(**values):
    return tuple(PropertyValue(Name=name, Value=value) for name, value in values.items())


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except NoConnectException:
            # soffice creates the pipe only after start-up (a new profile takes a second or two); PolicyKit's
            # batch timeout bounds this wait.
            time.sleep(0.05)


# writer_pdf_Export options. The JSON/typed form matters: LibreOffice ignores FilterData it cannot type.
FILTER_DATA = uno.Any("[]com.sun.star.beans.PropertyValue", props(
    UseTaggedPDF=True,
    ExportBookmarks=True,
    ExportLinksRelativeFsys=False,
    ConvertOOoTargetToPDFTarget=True,
    ExportNotes=False,
    # Standard 14 fonts are otherwise referenced by name only; embedding them keeps every font in the file.
    EmbedStandardFonts=True,
))

# Loading with an explicit filter stops type detection falling back to the plain-text import, which turns a
# corrupt or non-Word file into a "successful" PDF of garbage.
LOAD = props(Hidden=True, FilterName="MS Word 2007 XML", MacroExecutionMode=0, UpdateDocMode=0, Silent=True)

EN_GB = Locale("en", "GB", "")


class ConversionError(Exception):
    pass


def convert(desktop, docx, pdf):
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(docx), "_blank", 0, LOAD)
    if document is None or not hasattr(document, "getDocumentIndexes"):
        if document is not None:
            document.close(True)
        raise ConversionError("LibreOffice could not open it as a Word document (is the file damaged?)")
    try:
        # The PDF's /Lang comes from the document's default character locale, which LibreOffice takes from
        # w:docDefaults (en-GB in PolicyKit's documents). Set it only when it differs: setting it re-formats
        # the whole document, which cost about 20 % of the conversion time when done unconditionally.
        defaults = document.createInstance("com.sun.star.text.Defaults")
        locale = defaults.getPropertyValue("CharLocale")
        if (locale.Language, locale.Country) != (EN_GB.Language, EN_GB.Country):
            defaults.setPropertyValue("CharLocale", EN_GB)
        # --convert-to keeps the page numbers cached in the .docx; updating each index after layout fills
        # them in. Refresh fields afterwards: page fields and cross-references depend on the new layout.
        indexes = document.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        document.getTextFields().refresh()
        uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(pdf), (
            PropertyValue(Name="FilterName", Value="writer_pdf_Export"),
            PropertyValue(Name="FilterData", Value=FILTER_DATA),
        )))
    finally:
        document.close(True)


def main():
    desktop = connect(sys.argv[1])
    print("ready", flush=True)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        job = json.loads(line)
        try:
            convert(desktop, job["docx"], job["pdf"])
            result = {"ok": True}
        except ConversionError as error:
            result = {"ok": False, "error": str(error)}
        except Exception as error:  # every failure becomes a result line; PolicyKit decides what to report
            message = getattr(error, "Message", "") or str(error)
            result = {"ok": False, "error": f"LibreOffice failed: {type(error).__name__} {message}".strip()}
        print(json.dumps(result), flush=True)
    try:
        # End of input: quit cleanly, so LibreOffice removes its pipe and lock files.
        desktop.terminate()
    except Exception:
        pass  # the bridge closes as LibreOffice quits


if __name__ == "__main__":
    main()
