package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralRepository;
import fr.chulille.passerelle.referral.ReferralSubmitted;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Sends the two mails owed for a referral. Each listener is its own event publication, stored in
 * the transaction of the referral: a failure leaves it incomplete, and {@link MailRetry} or the next
 * start resubmits it. A mail already recorded as sent is not sent again.
 */
@Component
class ReferralMailer {

    private static final Logger log = LoggerFactory.getLogger(ReferralMailer.class);

    private final ReferralRepository referrals;
    private final ReferralMailComposer composer;
    private final MailDeliveries deliveries;
    private final JavaMailSender mailSender;
    private final String from;
    private final String centralContact;

    ReferralMailer(ReferralRepository referrals, ReferralMailComposer composer, MailDeliveries deliveries,
                   JavaMailSender mailSender, @Value("${passerelle.mail.from}") String from,
                   @Value("${passerelle.central-contact-email}") String centralContact) {
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

    private void deliver(UUID referralId, MailRecipient recipient) {
        if (deliveries.alreadySent(referralId, recipient)) {
            return;
        }
        Referral referral = referrals.findById(referralId)
                .orElseThrow(() -> new IllegalStateException("No referral " + referralId));
        if (referral.isErased()) {
            // erased (retention or a person's request) while its mail was owed: nothing left to send
            log.info("Mail to the {} for referral {} dropped: the referral was erased", recipient, referral.getReference());
            return;
        }
        try {
            mailSender.send(message(referral, recipient));
        } catch (MailException | MessagingException e) {
            log.warn("Mail to the {} for referral {} failed: {}", recipient, referral.getReference(), e.getMessage());
            deliveries.recordFailure(referralId, recipient, rootMessage(e));
            throw new MailNotDelivered(referral.getReference(), e);
        }
        deliveries.recordSent(referralId, recipient);
        log.info("Mail to the {} for referral {} sent", recipient, referral.getReference());
    }

    private MimeMessage message(Referral referral, MailRecipient recipient) throws MessagingException {
        boolean toCentral = recipient == MailRecipient.CENTRAL_CONTACT;
        MailText text = toCentral ? composer.forCentralContact(referral) : composer.forReferrer(referral);
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(strictAddress(from));
        helper.setTo(strictAddress(toCentral ? centralContact : referral.getReferrer().email()));
        helper.setSubject(text.subject());
        helper.setText(text.plain(), text.html());
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

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    static class MailNotDelivered extends RuntimeException {
        MailNotDelivered(String reference, Throwable cause) {
            super("Mail for referral " + reference + " not delivered", cause);
        }
    }
}
