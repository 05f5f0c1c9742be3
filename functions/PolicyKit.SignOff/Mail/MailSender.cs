using MimeKit;
using Polly;
using Polly.Retry;

namespace PolicyKit.SignOff.Mail;

/// <summary>
/// Sends one message through a transport, trying again after transient failures with exponential backoff and
/// jitter (<see cref="MailOptions.Attempts"/> tries in all) and never after a permanent one. Thread-safe.
/// </summary>
internal sealed class MailSender
{
    private readonly IMailTransport _transport;
    private readonly ResiliencePipeline _pipeline;

    /// <param name="time">Drives the waits between tries; tests pass a fake or short delays.</param>
    public MailSender(IMailTransport transport, MailOptions options, TimeProvider? time = null)
    {
        _transport = transport;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System };
        if (options.Attempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<MailDeliveryException>(failure => !failure.IsPermanent),
                MaxRetryAttempts = options.Attempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = TimeSpan.FromMinutes(2),
            });
        }

        _pipeline = builder.Build();
    }

    public async Task<MailOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    await _transport.SendAsync(message, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return MailOutcome.Delivered(attempts);
        }
        catch (MailDeliveryException failure)
        {
            var tries = attempts == 1 ? "" : $" (tried {attempts} times)";
            return MailOutcome.Failed(failure.IsPermanent, failure.Message + tries, attempts);
        }
    }
}
