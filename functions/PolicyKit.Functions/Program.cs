using PolicyKit.Functions.Hosting;

try
{
    var app = SignOffApp.Build(SignOffApp.CreateBuilder(args));
    await app.RunAsync();
    return 0;
}
catch (ServiceConfigurationException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 78;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
