namespace PolicyKit.Rendering.Pdf;

/// <summary>
/// LibreOffice, or the Python UNO bridge it is driven through, is not installed where PolicyKit looked. The message
/// says what is missing and ends with <see cref="LibreOffice.InstallHint"/>. The only exception this library throws
/// for something other than a bug or cancellation.
/// </summary>
public sealed class LibreOfficeUnavailableException : Exception
{
    public LibreOfficeUnavailableException()
        : base(LibreOffice.InstallHint)
    {
    }

    public LibreOfficeUnavailableException(string message)
        : base(message)
    {
    }

    public LibreOfficeUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
