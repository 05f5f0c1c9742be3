using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyKit.SignOff.Calendars;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Coverage;
using PolicyKit.SignOff.Delivery;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.People;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Ratification;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.SignOff;

/// <summary>
/// Registers the sign-off services a host injects: <see cref="RoundTracker"/>, <see cref="RoundStarter"/>,
/// <see cref="RoundPeople"/>, <see cref="SigningService"/>, <see cref="ReleaseCatalog"/>, <see cref="RosterImporter"/>,
/// <see cref="ChainVerifier"/>, <see cref="ChaseOverview"/>, <see cref="CoverageBoard"/>, <see cref="MailDispatcher"/>, <see cref="DeliveryTrigger"/>,
/// <see cref="KeyRingStore"/>, <see cref="CalendarFeeds"/>, <see cref="SignedVersions"/>, <see cref="RatificationService"/> and <see cref="RatificationCatalog"/>. What they are built from stays inside the library.
/// </summary>
public static class SignOffServices
{
    /// <summary>
    /// Adds every sign-off service as a singleton. The host registers <see cref="StorageOptions"/>,
    /// <see cref="SignOffOptions"/>, <see cref="MailOptions"/>, a <see cref="TimeProvider"/> and logging.
    /// </summary>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddSignOff(this IServiceCollection services)
    {
        // The parts behind the public services.
        services.AddSingleton(sp => SignOffStore.Connect(sp.GetRequiredService<StorageOptions>()));
        services.AddSingleton<ImmutableRecords>();
        services.AddSingleton(sp => new RecordAuthenticator(sp.GetRequiredService<SignOffOptions>().RecordKey));
        services.AddSingleton<OpenInviteAddresses>();
        services.AddSingleton<RosterStore>();
        services.AddSingleton<EvidenceChains>();
        services.AddSingleton(sp => MailTransports.Create(sp.GetRequiredService<MailOptions>()));
        // Polly's retry delays run on the real clock even when a test fakes the service's clock.
        services.AddSingleton(sp => new MailSender(sp.GetRequiredService<IMailTransport>(), sp.GetRequiredService<MailOptions>(), TimeProvider.System));
        services.AddSingleton<EmailTemplateSource>();
        services.AddSingleton<ReviewChase>();
        services.AddSingleton<RatificationReminders>();
        services.AddSingleton<ReminderChase>();
        services.AddSingleton<MessageBuilder>();
        services.AddSingleton<ReviewMessageBuilder>();
        services.AddSingleton<RatificationMessages>();

        // What the hosts call. Their constructors are internal, so they are built here rather than by activation.
        services.AddSingleton(sp => new DeliveryTrigger());
        services.AddSingleton(sp => new ReleaseCatalog(sp.GetRequiredService<SignOffStore>()));
        services.AddSingleton(sp => new KeyRingStore(sp.GetRequiredService<SignOffStore>()));
        services.AddSingleton(sp => new CalendarFeeds(sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RoundTracker(
            sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ImmutableRecords>(), sp.GetRequiredService<RecordAuthenticator>(),
            sp.GetRequiredService<SignOffOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RoundTracker>>()));
        services.AddSingleton(sp => new SignedVersions(sp.GetRequiredService<RoundTracker>(), sp.GetRequiredService<ReleaseCatalog>(), sp.GetRequiredService<RosterStore>()));
        services.AddSingleton(sp => new RoundStarter(
            sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ImmutableRecords>(), sp.GetRequiredService<ReleaseCatalog>(),
            sp.GetRequiredService<RosterStore>(), sp.GetRequiredService<RoundTracker>(), sp.GetRequiredService<SignOffOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RoundPeople(
            sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ImmutableRecords>(), sp.GetRequiredService<RecordAuthenticator>(),
            sp.GetRequiredService<EvidenceChains>(), sp.GetRequiredService<DeliveryTrigger>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RoundPeople>>()));
        services.AddSingleton(sp => new SigningService(
            sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ImmutableRecords>(), sp.GetRequiredService<ReleaseCatalog>(),
            sp.GetRequiredService<EvidenceChains>(), sp.GetRequiredService<DeliveryTrigger>(), sp.GetRequiredService<RecordAuthenticator>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SigningService>>()));
        services.AddSingleton(sp => new RosterImporter(sp.GetRequiredService<ReleaseCatalog>(), sp.GetRequiredService<RosterStore>(), sp.GetRequiredService<OpenInviteAddresses>()));
        services.AddSingleton(sp => new ChainVerifier(sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<RecordAuthenticator>()));
        services.AddSingleton(sp => new CoverageBoard(sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ChaseOverview(sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ReleaseCatalog>(), sp.GetRequiredService<ReminderChase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new MailDispatcher(
            sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ImmutableRecords>(), sp.GetRequiredService<ReleaseCatalog>(),
            sp.GetRequiredService<ReminderChase>(), sp.GetRequiredService<MessageBuilder>(), sp.GetRequiredService<ReviewMessageBuilder>(), sp.GetRequiredService<RosterStore>(),
            sp.GetRequiredService<EmailTemplateSource>(), sp.GetRequiredService<MailSender>(), sp.GetRequiredService<MailOptions>(),
            sp.GetRequiredService<SignOffOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<MailDispatcher>>(),
            sp.GetRequiredService<RatificationMessages>()));
        services.AddSingleton(sp => new RatificationService(
            sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ImmutableRecords>(), sp.GetRequiredService<ReleaseCatalog>(), sp.GetRequiredService<RosterStore>(),
            sp.GetRequiredService<EvidenceChains>(), sp.GetRequiredService<DeliveryTrigger>(), sp.GetRequiredService<RecordAuthenticator>(),
            sp.GetRequiredService<SignOffOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RatificationService>>()));
        services.AddSingleton(sp => new RatificationCatalog(sp.GetRequiredService<SignOffStore>(), sp.GetRequiredService<ImmutableRecords>(), sp.GetRequiredService<RecordAuthenticator>()));
        return services;
    }
}
