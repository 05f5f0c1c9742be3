using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.Functions.Hosting;

/// <summary>Email: the transport chosen by configuration (SMTP, or a pickup folder of .eml files), the reminder chase, the dispatcher and its worker.</summary>
internal static class DeliveryServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<ServiceSettings>().Mail);
        services.AddSingleton(sp => MailTransports.Create(sp.GetRequiredService<MailOptions>()));
        // Polly's retry delays run on the real clock even when a test fakes the service's clock.
        services.AddSingleton(sp => new MailSender(sp.GetRequiredService<IMailTransport>(), sp.GetRequiredService<MailOptions>(), TimeProvider.System));
        services.AddSingleton<EmailTemplateSource>();
        services.AddSingleton<ReminderChase>();
        services.AddSingleton<ChaseOverview>();
        services.AddSingleton<MessageBuilder>();
        services.AddSingleton<MailDispatcher>();
        services.AddHostedService<DeliveryWorker>();
    }
}
