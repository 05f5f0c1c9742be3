namespace PolicyKit.SignOff.Roster;

/// <summary>Reads a roster upload and turns away files that are clearly not CSV before any row is parsed.</summary>
internal static class RosterFileBytes
{
    public static byte[] ReadAll(Stream stream, string fileName, int maxBytes)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new SignOffException($"{fileName} is larger than {maxBytes / (1024 * 1024)} MB; a roster CSV is far smaller, so check that it is the right file");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new SignOffException($"{fileName} could not be read: {ex.Message}", ex) { IsTransient = true };
        }
    }

    public static void RejectBinary(ReadOnlySpan<byte> bytes, string fileName)
    {
        // .xlsx and .ods are zip files ("PK\3\4"); old .xls files are OLE compound documents.
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new SignOffException($"{fileName} is a spreadsheet, not a CSV file; in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited)\" and import that file");
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            throw new SignOffException($"{fileName} is a PDF, not a CSV file; export the roster from the MIS as CSV");
        }

        // UTF-16 text has NUL bytes too, but it starts with a byte order mark that the reader decodes.
        var utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && bytes.IndexOf((byte)0) >= 0)
        {
            throw new SignOffException($"{fileName} is not a text file; export the roster from the MIS as CSV");
        }
    }
}
