package fr.chulille.passerelle.notification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MailDeliveryRepository extends JpaRepository<MailDelivery, UUID> {

    Optional<MailDelivery> findByReferralIdAndRecipient(UUID referralId, MailRecipient recipient);

    List<MailDelivery> findByReferralIdIn(Collection<UUID> referralIds);
}
