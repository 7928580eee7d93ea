package fr.chulille.passerelle.notification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MailDeliveryRepository extends JpaRepository<MailDelivery, UUID> {

    Optional<MailDelivery> findByReferralIdAndRecipientAndMailKey(UUID referralId, MailRecipient recipient, String mailKey);

    List<MailDelivery> findByReferralIdInAndMailKey(Collection<UUID> referralIds, String mailKey);

    List<MailDelivery> findByReferralIdAndMailKeyNotOrderBySentAtAsc(UUID referralId, String mailKey);
}
