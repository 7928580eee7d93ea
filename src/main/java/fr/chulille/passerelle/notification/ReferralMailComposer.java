package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.referral.ReferralRecord;
import fr.chulille.passerelle.followup.StatusWords;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.Referrer;
import fr.chulille.passerelle.referral.ReferrerFollowUp;
import fr.chulille.passerelle.trial.Trial;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of the two mails. They carry a reference and a link, never clinical values, advice,
 * initials or birth year: those stay behind the inbox login.
 */
@Component
class ReferralMailComposer {

    private final Messages messages;
    private final String publicBaseUrl;
    private final Trial trial = Trial.NCT06649227;
    private final ReferrerFollowUp followUp;

    ReferralMailComposer(TranslationProvider translations, @Value("${passerelle.public-base-url}") String publicBaseUrl,
                         ReferrerFollowUp followUp) {
        this.messages = translations.messages();
        this.followUp = followUp;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** To the central contact, always in French. */
    MailText forCentralContact(ReferralRecord referral) {
        Locale fr = Messages.FRENCH;
        Referrer referrer = referral.referrer();
        Map<String, Object> values = Map.of(
                "reference", referral.reference(),
                "nctId", trial.nctId(),
                "date", Messages.dateTime(referral.submittedAt(), fr),
                "name", MailText.singleLine(referrer.name()),
                "hospital", MailText.singleLine(referrer.hospital()),
                "department", MailText.singleLine(referrer.department()),
                "email", MailText.singleLine(referrer.email()),
                "phone", MailText.singleLine(referrer.phone()),
                "link", publicBaseUrl + "/inbox/" + referral.id());
        return new MailText(fr.getLanguage(), messages.format("notification.central.subject", fr, values), List.of(
                messages.format("notification.central.greeting", fr, values),
                messages.format("notification.central.intro", fr, values),
                messages.format("notification.central.referrer", fr, values),
                messages.format("notification.central.link", fr, values),
                messages.format("notification.central.privacy", fr, values)));
    }

    /**
     * To the referrer when staff change the status, in the language of their form: the reference, the new
     * status in plain words, its date and the link. Never the reason, the patient or a clinical value.
     */
    MailText statusToReferrer(ReferrerFollowUp.ReferrerContact contact, ReferralStatus status, Instant at) {
        Locale locale = Messages.supported(Locale.forLanguageTag(contact.formLanguage()));
        Map<String, Object> values = Map.of(
                "reference", contact.reference(),
                "status", messages.format(StatusWords.key(status), locale),
                "date", Messages.dateTime(at, locale),
                "phone", trial.centralContactPhone(),
                "link", statusLink(contact.referralId(), locale));
        return new MailText(locale.getLanguage(), messages.format("followup.mail.status.subject", locale, values), List.of(
                messages.format("followup.mail.greeting", locale, values),
                messages.format("followup.mail.status.news", locale, values),
                messages.format("followup.mail.status.words", locale, values),
                messages.format("followup.mail.link", locale, values),
                messages.format("followup.mail.questions", locale, values),
                messages.format("notification.referrer.privacy", locale, values)));
    }

    /** To the referrer: a message from the trial team waits on their page (never its text). */
    MailText messageWaiting(ReferrerFollowUp.ReferrerContact contact) {
        Locale locale = Messages.supported(Locale.forLanguageTag(contact.formLanguage()));
        Map<String, Object> values = Map.of(
                "reference", contact.reference(),
                "phone", trial.centralContactPhone(),
                "link", statusLink(contact.referralId(), locale));
        return new MailText(locale.getLanguage(), messages.format("followup.mail.message.subject", locale, values), List.of(
                messages.format("followup.mail.greeting", locale, values),
                messages.format("followup.mail.message.waiting", locale, values) + "\n" + values.get("link"),
                messages.format("followup.mail.questions", locale, values),
                messages.format("notification.referrer.privacy", locale, values)));
    }

    /** To the central contact, in French: the referrer answered (never the text), with the inbox link. */
    MailText newReply(ReferrerFollowUp.ReferrerContact contact) {
        Locale fr = Messages.FRENCH;
        Map<String, Object> values = Map.of(
                "reference", contact.reference(),
                "link", publicBaseUrl + "/inbox/" + contact.referralId());
        return new MailText(fr.getLanguage(), messages.format("followup.mail.reply.subject", fr, values), List.of(
                messages.format("followup.mail.greeting", fr, values),
                messages.format("followup.mail.reply.waiting", fr, values),
                messages.format("notification.central.privacy", fr, values)));
    }

    /** A new private link to the referral's status page (only its hash is stored: every mail issues its own). */
    String statusLink(java.util.UUID referralId, Locale locale) {
        return publicBaseUrl + "/" + ReferrerFollowUp.STATUS_PATH + "/" + followUp.issueLink(referralId)
                + "?lang=" + locale.getLanguage();
    }

    /** To the referrer, in the language of the form they filled. */
    MailText forReferrer(ReferralRecord referral) {
        Locale locale = Messages.supported(Locale.forLanguageTag(referral.formLanguage()));
        Map<String, Object> values = Map.of(
                "reference", referral.reference(),
                "nctId", trial.nctId(),
                "site", trial.site(),
                "phone", trial.centralContactPhone(),
                "date", Messages.dateTime(referral.submittedAt(), locale),
                "name", MailText.singleLine(referral.referrer().name()));
        return new MailText(locale.getLanguage(), messages.format("notification.referrer.subject", locale, values), List.of(
                messages.format("notification.referrer.greeting", locale, values),
                messages.format("notification.referrer.received", locale, values),
                messages.format("notification.referrer.next", locale, values),
                messages.format("followup.mail.link", locale, Map.of("link", statusLink(referral.id(), locale))),
                messages.format("notification.referrer.advisory", locale, values),
                messages.format("notification.referrer.questions", locale, values),
                messages.format("notification.referrer.privacy", locale, values)));
    }
}
