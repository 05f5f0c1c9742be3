namespace PolicyKit.Model.Document;

public enum ImageFormat
{
    Png,
    Jpeg,
}
