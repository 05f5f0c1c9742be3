namespace PolicyKit.SignOff.Delivery;

/// <summary>What one pass of the dispatcher did.</summary>
public sealed record DispatchRun(int Delivered, int Retrying, int Failed);
