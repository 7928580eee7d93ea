package fr.chulille.passerelle.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records and reports what happened to each referral's mails. */
@Service
@Transactional
public class MailDeliveries {

    /** What a claim found. */
    enum Claim {
        /** This attempt may send the mail: it is recorded as being sent. */
        CLAIMED,
        /** Recorded as sent already: never send it again. */
        ALREADY_SENT,
        /** Another attempt (of this or another instance) claimed it less than a lease ago. */
        BUSY
    }

    private final MailDeliveryRepository deliveries;
    private final Clock clock;
    private final Duration sendingLease;

    MailDeliveries(MailDeliveryRepository deliveries, Clock clock,
                   @Value("${passerelle.mail.sending-lease:PT2M}") Duration sendingLease) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.sendingLease = sendingLease;
    }

    /**
     * Records the mail as being sent, committed before it goes to the SMTP server. Two concurrent claims
     * of the same mail conflict in the database (unique recipient per referral, version): one of them
     * fails with a {@link org.springframework.dao.DataAccessException}, which the caller treats as BUSY.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Claim claim(UUID referralId, MailRecipient recipient) {
        return claim(referralId, recipient, MailDelivery.SUBMITTED);
    }

    /** As {@link #claim(UUID, MailRecipient)}, for one of the referral's later mails (its key). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Claim claim(UUID referralId, MailRecipient recipient, String mailKey) {
        MailDelivery delivery = existingOrNew(referralId, recipient, mailKey);
        Instant now = clock.instant();
        if (delivery.isSent()) {
            return Claim.ALREADY_SENT;
        }
        if (delivery.isBeingSent(now, sendingLease)) {
            return Claim.BUSY;
        }
        delivery.sending(now);
        deliveries.saveAndFlush(delivery);
        return Claim.CLAIMED;
    }

    /** Committed right after the SMTP server accepted the mail. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSent(UUID referralId, MailRecipient recipient) {
        recordSent(referralId, recipient, MailDelivery.SUBMITTED);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSent(UUID referralId, MailRecipient recipient, String mailKey) {
        MailDelivery delivery = existingOrNew(referralId, recipient, mailKey);
        delivery.sent(clock.instant());
        deliveries.save(delivery);
    }

    /** In its own transaction: the listener's transaction rolls back when sending fails. Returns the attempts so far. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int recordFailure(UUID referralId, MailRecipient recipient, String error) {
        return recordFailure(referralId, recipient, MailDelivery.SUBMITTED, error);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int recordFailure(UUID referralId, MailRecipient recipient, String mailKey, String error) {
        MailDelivery delivery = existingOrNew(referralId, recipient, mailKey);
        delivery.failed(clock.instant(), error);
        deliveries.save(delivery);
        return delivery.attempts();
    }

    @Transactional(readOnly = true)
    public List<MailStatus> statusOf(UUID referralId) {
        return statusOf(List.of(referralId)).get(referralId);
    }

    /** For each referral, one status per recipient of its first two mails, in {@link MailRecipient} order. */
    @Transactional(readOnly = true)
    public Map<UUID, List<MailStatus>> statusOf(Collection<UUID> referralIds) {
        Map<UUID, Map<MailRecipient, MailStatus>> known = new HashMap<>();
        for (MailDelivery delivery : deliveries.findByReferralIdInAndMailKey(referralIds, MailDelivery.SUBMITTED)) {
            known.computeIfAbsent(delivery.referralId(), k -> new EnumMap<>(MailRecipient.class))
                    .put(delivery.recipient(), delivery.status());
        }
        Map<UUID, List<MailStatus>> result = new HashMap<>();
        for (UUID id : referralIds) {
            Map<MailRecipient, MailStatus> byRecipient = known.getOrDefault(id, Map.of());
            result.put(id, Arrays.stream(MailRecipient.values())
                    .map(r -> byRecipient.getOrDefault(r, MailStatus.queued(r)))
                    .toList());
        }
        return result;
    }

    /** The referral's later mails (status mails, messages), in the order they were sent; unsent ones last. */
    @Transactional(readOnly = true)
    public List<MailStatus> laterMailsOf(UUID referralId) {
        return deliveries.findByReferralIdAndMailKeyNotOrderBySentAtAsc(referralId, MailDelivery.SUBMITTED).stream()
                .map(MailDelivery::status).toList();
    }

    private MailDelivery existingOrNew(UUID referralId, MailRecipient recipient, String mailKey) {
        return deliveries.findByReferralIdAndRecipientAndMailKey(referralId, recipient, mailKey)
                .orElseGet(() -> new MailDelivery(referralId, recipient, mailKey));
    }
}
