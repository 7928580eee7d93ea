package fr.chulille.passerelle.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
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

    private final MailDeliveryRepository deliveries;
    private final Clock clock;

    MailDeliveries(MailDeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    boolean alreadySent(UUID referralId, MailRecipient recipient) {
        return deliveries.findByReferralIdAndRecipient(referralId, recipient).map(MailDelivery::isSent).orElse(false);
    }

    void recordSent(UUID referralId, MailRecipient recipient) {
        MailDelivery delivery = existingOrNew(referralId, recipient);
        delivery.sent(clock.instant());
        deliveries.save(delivery);
    }

    /** In its own transaction: the listener's transaction rolls back when sending fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(UUID referralId, MailRecipient recipient, String error) {
        MailDelivery delivery = existingOrNew(referralId, recipient);
        delivery.failed(clock.instant(), error);
        deliveries.save(delivery);
    }

    @Transactional(readOnly = true)
    public List<MailStatus> statusOf(UUID referralId) {
        return statusOf(List.of(referralId)).get(referralId);
    }

    /** For each referral, one status per recipient, in {@link MailRecipient} order. */
    @Transactional(readOnly = true)
    public Map<UUID, List<MailStatus>> statusOf(Collection<UUID> referralIds) {
        Map<UUID, Map<MailRecipient, MailStatus>> known = new HashMap<>();
        for (MailDelivery delivery : deliveries.findByReferralIdIn(referralIds)) {
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

    private MailDelivery existingOrNew(UUID referralId, MailRecipient recipient) {
        return deliveries.findByReferralIdAndRecipient(referralId, recipient)
                .orElseGet(() -> new MailDelivery(referralId, recipient));
    }
}
