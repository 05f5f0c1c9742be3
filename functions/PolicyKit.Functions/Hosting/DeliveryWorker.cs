using PolicyKit.SignOff;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Runs the mail dispatcher when a round starts or someone signs, and every poll interval for retries and for the
/// reminder chase (which each full run starts when SignOff:ReminderSchedule says one is due). Under Azure Functions
/// the dispatch-mail timer function does the same, in case the instance was asleep.
/// </summary>
internal sealed class DeliveryWorker(MailDispatcher dispatcher, DeliveryTrigger trigger, MailOptions mail, ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = mail.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A poll with nothing pulled is a full run, which also retries what failed earlier.
                var pulled = await trigger.WaitAsync(poll, stoppingToken);
                var (full, messages) = trigger.Take();
                if (!pulled || full)
                {
                    await dispatcher.RunAsync(stoppingToken);
                }
                else if (messages.Count > 0)
                {
                    await dispatcher.SendAsync(messages, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SignOffException ex)
            {
                logger.LogWarning("Mail run stopped: {Reason}. It runs again shortly.", ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A fault in one run must not stop the service (and with it the sign pages): log it and go on.
                logger.LogError(ex, "Mail run failed. It runs again shortly.");
            }
        }
    }
}
