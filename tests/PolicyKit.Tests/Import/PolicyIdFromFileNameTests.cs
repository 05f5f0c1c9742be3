using PolicyKit.Import;

namespace PolicyKit.Tests.Import;

public sealed class PolicyIdFromFileNameTests
{
    [Theory]
    [InlineData("Online Safety Policy 2024.docx", "online-safety")]
    [InlineData("Behaviour & Exclusions Policy 2024-25 v3 FINAL.docx", "behaviour-and-exclusions")]
    [InlineData("07 Lone Working Policy.odt", "lone-working")]
    [InlineData("Children's Mental Health policy (version 2).pdf", "childrens-mental-health")]
    [InlineData("Key Stage 2 Assessment.docx", "key-stage-2-assessment")]
    [InlineData("Safeguarding_and_Child_Protection_Policy_v1.3.docx", "safeguarding-and-child-protection")]
    public void A_file_name_gives_the_policy_id_without_policy_years_and_versions(string fileName, string id)
    {
        Assert.Equal(id, PolicyImport.IdFromFileName(fileName));
    }

    [Theory]
    [InlineData("Policy 2024.docx")]
    [InlineData("2023-24 v2.pdf")]
    public void A_name_with_nothing_but_policy_years_and_versions_gives_no_id(string fileName)
    {
        Assert.Null(PolicyImport.IdFromFileName(fileName));
    }

    [Fact]
    public void Files_giving_the_same_id_in_one_folder_get_numbered_ids()
    {
        Assert.Equal(
            ["online-safety", "online-safety-2", "online-safety-3", null],
            PolicyKit.Import.Importing.PolicyIdFromFileName.Distinct(["Online Safety 2023.docx", "Online Safety 2024.docx", "online safety policy.pdf", "Policy.docx"]));
    }
}
