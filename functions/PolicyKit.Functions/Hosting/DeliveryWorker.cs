using PolicyKit.SignOff;
using PolicyKit.SignOff.Delivery;

namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Runs the mail dispatcher when a round starts or someone signs, and every poll interval for retries. Under Azure
/// Functions the dispatch-mail timer function does the same, in case the instance was asleep.
/// </summary>
internal sealed class DeliveryWorker(MailDispatcher dispatcher, DeliveryTrigger trigger, IConfiguration configuration, ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Mail:PollSeconds", 30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await trigger.WaitAsync(poll, stoppingToken);
                await dispatcher.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SignOffException ex)
            {
                logger.LogWarning("Mail run stopped: {Reason}. It runs again shortly.", ex.Message);
            }
        }
    }
}
