namespace PolicyKit.Model.Blocks;

public abstract class Block : Node;
