namespace PolicyKit.Model.Blocks;

public enum CellAlignment
{
    Default,
    Left,
    Center,
    Right,
}
