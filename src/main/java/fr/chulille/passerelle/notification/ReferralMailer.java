package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.referral.ReferralRecord;
import fr.chulille.passerelle.referral.ReferralRecords;
import fr.chulille.passerelle.followup.MessageForReferrer;
import fr.chulille.passerelle.followup.ReplyFromReferrer;
import fr.chulille.passerelle.referral.ReferralStatusChanged;
import fr.chulille.passerelle.referral.ReferralSubmitted;
import fr.chulille.passerelle.referral.ReferrerFollowUp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sends the two mails owed for a referral. Each listener is its own event publication, stored in
 * the transaction of the referral: a failure leaves it incomplete, and {@link MailRetry} or the next
 * start resubmits it. Each mail is recorded as being sent (committed) before it goes to the SMTP server
 * and as sent right after, so a mail recorded as sent is never sent again, and a mail being sent by
 * another attempt is left to it. Every attempt gives the mail the same Message-ID.
 */
@Component
class ReferralMailer {

    private static final Logger log = LoggerFactory.getLogger(ReferralMailer.class);

    private final ReferralRecords referrals;
    private final ReferralMailComposer composer;
    private final MailDeliveries deliveries;
    private final JavaMailSender mailSender;
    private final String from;
    private final String centralContact;
    private final ReferrerFollowUp followUp;

    ReferralMailer(ReferralRecords referrals, ReferralMailComposer composer, MailDeliveries deliveries,
                   JavaMailSender mailSender, @Value("${passerelle.mail.from}") String from,
                   @Value("${passerelle.central-contact-email}") String centralContact, ReferrerFollowUp followUp) {
        this.followUp = followUp;
        this.referrals = referrals;
        this.composer = composer;
        this.deliveries = deliveries;
        this.mailSender = mailSender;
        this.from = from;
        this.centralContact = centralContact;
    }

    @ApplicationModuleListener
    void notifyCentralContact(ReferralSubmitted event) {
        deliver(event.referralId(), MailRecipient.CENTRAL_CONTACT);
    }

    @ApplicationModuleListener
    void confirmToReferrer(ReferralSubmitted event) {
        deliver(event.referralId(), MailRecipient.REFERRER);
    }

    /** The referrer's status mail, when staff left "tell the referrer" ticked: one per change (its id is the mail's key). */
    @ApplicationModuleListener
    void tellReferrerOfStatus(ReferralStatusChanged event) {
        if (event.tellReferrer()) {
            deliverLater(event.referralId(), MailRecipient.REFERRER, "status-" + event.changeId(),
                    contact -> composer.statusToReferrer(contact, event.to(), event.at()));
        }
    }

    /** Staff wrote to the referrer: a mail says a message is waiting, with the link, never the text. */
    @ApplicationModuleListener
    void announceMessage(MessageForReferrer event) {
        deliverLater(event.referralId(), MailRecipient.REFERRER, "message-" + event.messageId(), composer::messageWaiting);
    }

    /** The referrer answered: the central contact gets a "new reply" mail, never the text. */
    @ApplicationModuleListener
    void announceReply(ReplyFromReferrer event) {
        deliverLater(event.referralId(), MailRecipient.CENTRAL_CONTACT, "reply-" + event.messageId(), composer::newReply);
    }

    /**
     * One of a referral's later mails (after the first two), with the same claim as they: sent once per key,
     * to the referrer or the central contact; dropped once the referral is erased.
     */
    void deliverLater(UUID referralId, MailRecipient recipient, String key,
                      Function<ReferrerFollowUp.ReferrerContact, MailText> compose) {
        MailDeliveries.Claim claim;
        try {
            claim = deliveries.claim(referralId, recipient, key);
        } catch (DataAccessException concurrentClaim) {
            claim = MailDeliveries.Claim.BUSY;
        }
        if (claim == MailDeliveries.Claim.ALREADY_SENT) {
            return;
        }
        Optional<ReferrerFollowUp.ReferrerContact> found = followUp.contact(referralId);
        if (found.isEmpty()) {
            log.info("Mail {} to the {} for referral {} dropped: the referral was erased", key, recipient, referralId);
            return;
        }
        ReferrerFollowUp.ReferrerContact contact = found.get();
        if (claim == MailDeliveries.Claim.BUSY) {
            log.info("Mail {} to the {} for referral {} is being sent by another attempt: checked again later",
                    key, recipient, contact.reference());
            throw new MailBeingSent(contact.reference());
        }
        try {
            MailText text = compose.apply(contact);
            mailSender.send(message(text, recipient == MailRecipient.CENTRAL_CONTACT ? centralContact : contact.email(),
                    messageId(referralId, recipient, key)));
        } catch (MailException | MessagingException e) {
            String cause = rootMessage(e);
            int attempts = deliveries.recordFailure(referralId, recipient, key, cause);
            log.warn("Mail {} to the {} for referral {} not sent (attempt {}), retried later: {}",
                    key, recipient, contact.reference(), attempts, cause);
            throw new MailNotDelivered(contact.reference(), e);
        }
        deliveries.recordSent(referralId, recipient, key);
        log.info("Mail {} to the {} for referral {} sent", key, recipient, contact.reference());
    }

    private void deliver(UUID referralId, MailRecipient recipient) {
        MailDeliveries.Claim claim;
        try {
            claim = deliveries.claim(referralId, recipient);
        } catch (DataAccessException concurrentClaim) {
            claim = MailDeliveries.Claim.BUSY;
        }
        if (claim == MailDeliveries.Claim.ALREADY_SENT) {
            return;
        }
        ReferralRecord referral = referrals.find(referralId)
                .orElseThrow(() -> new IllegalStateException("No referral " + referralId));
        if (referral.erased()) {
            // erased (retention or a person's request) while its mail was owed: nothing left to send
            log.info("Mail to the {} for referral {} dropped: the referral was erased", recipient, referral.reference());
            return;
        }
        if (claim == MailDeliveries.Claim.BUSY) {
            // another attempt is sending it right now: leave the publication incomplete, the retry checks again
            log.info("Mail to the {} for referral {} is being sent by another attempt: checked again later",
                    recipient, referral.reference());
            throw new MailBeingSent(referral.reference());
        }
        try {
            mailSender.send(message(referral, recipient));
        } catch (MailException | MessagingException e) {
            String cause = rootMessage(e);
            int attempts = deliveries.recordFailure(referralId, recipient, cause);
            log.warn("Mail to the {} for referral {} not sent (attempt {}), retried later: {}",
                    recipient, referral.reference(), attempts, cause);
            log.debug("Mail to the {} for referral {} not sent", recipient, referral.reference(), e);
            throw new MailNotDelivered(referral.reference(), e);
        }
        deliveries.recordSent(referralId, recipient);
        log.info("Mail to the {} for referral {} sent", recipient, referral.reference());
    }

    /** The same for every attempt of one mail: a duplicate that still slips through is recognisable, and threads. */
    String messageId(UUID referralId, MailRecipient recipient) {
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "") : "";
        return "<referral-" + referralId + "-" + recipient.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "@" + (domain.isEmpty() ? "passerelle.localhost" : domain) + ">";
    }

    /** The same for every attempt of one of the later mails. */
    String messageId(UUID referralId, MailRecipient recipient, String key) {
        String first = messageId(referralId, recipient);
        return first.substring(0, first.indexOf('@')) + "-" + key.replaceAll("[^A-Za-z0-9-]", "") + first.substring(first.indexOf('@'));
    }

    private MimeMessage message(MailText text, String to, String messageId) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(strictAddress(from));
        helper.setTo(strictAddress(to));
        helper.setSubject(text.subject());
        helper.setText(text.plain(), text.html());
        message.setHeader("Message-ID", messageId);
        return message;
    }

    private MimeMessage message(ReferralRecord referral, MailRecipient recipient) throws MessagingException {
        boolean toCentral = recipient == MailRecipient.CENTRAL_CONTACT;
        MailText text = toCentral ? composer.forCentralContact(referral) : composer.forReferrer(referral);
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(strictAddress(from));
        helper.setTo(strictAddress(toCentral ? centralContact : referral.referrer().email()));
        helper.setSubject(text.subject());
        helper.setText(text.plain(), text.html());
        // JavaMailSenderImpl keeps a Message-ID set beforehand
        message.setHeader("Message-ID", messageId(referral.id(), recipient));
        return message;
    }

    /** A strictly parsed single address: CR/LF or a list of addresses cannot slip into a header. */
    static InternetAddress strictAddress(String address) throws AddressException {
        if (address == null || address.chars().anyMatch(c -> c == '\r' || c == '\n' || c == ',' || c == ';')) {
            throw new AddressException("Not a single mail address", String.valueOf(address));
        }
        InternetAddress parsed = new InternetAddress(address, true);
        parsed.validate();
        return parsed;
    }

    /** The innermost cause on one line (JavaMail's messages may span several). */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return (cause.getClass().getSimpleName() + ": " + cause.getMessage()).replaceAll("\\s+", " ").strip();
    }

    /** Leaves the publication incomplete while another attempt sends the mail; logged once by the mailer. */
    static class MailBeingSent extends RuntimeException {
        MailBeingSent(String reference) {
            super("Mail for referral " + reference + " is being sent by another attempt", null, false, false);
        }
    }

    /** Leaves the publication incomplete after a failed send; logged once by the mailer. */
    static class MailNotDelivered extends RuntimeException {
        MailNotDelivered(String reference, Throwable cause) {
            super("Mail for referral " + reference + " not delivered", cause);
        }
    }
}
