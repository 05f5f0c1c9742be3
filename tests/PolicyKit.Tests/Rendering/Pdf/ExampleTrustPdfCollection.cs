namespace PolicyKit.Tests.Rendering.Pdf;

/// <summary>Converting the example trust takes seconds: the test classes that read its PDFs share one conversion.</summary>
[CollectionDefinition(Name)]
public sealed class ExampleTrustPdfCollection : ICollectionFixture<ConvertedExampleTrust>
{
    public const string Name = "Example trust PDFs";
}
