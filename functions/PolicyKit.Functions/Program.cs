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
