using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>The organisation's logo as an inline DrawingML picture, at most 3 cm high, keeping its aspect ratio.</summary>
internal static class LogoDrawing
{
    // EMU: 914400 per inch; a pixel is 9525 EMU at 96 dpi.
    private const long EmuPerPixel = 9525;
    private const long MaxHeight = 1080000;
    private const long MaxWidth = 5400000;
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    public static Drawing Create(ImageAsset logo, string relationshipId, uint drawingId)
    {
        var (cx, cy) = Size(logo);
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = logo.FileName, Description = logo.AltText },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = drawingId, Name = "Logo", Description = logo.AltText },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = PictureUri }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }

    private static (long Cx, long Cy) Size(ImageAsset logo)
    {
        var width = Math.Max(logo.PixelWidth, 1) * EmuPerPixel;
        var height = Math.Max(logo.PixelHeight, 1) * EmuPerPixel;
        var scale = Math.Min(1.0, Math.Min((double)MaxHeight / height, (double)MaxWidth / width));
        return ((long)(width * scale), (long)(height * scale));
    }
}
