package fr.chulille.passerelle.inbox;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ReferralNoteRepository extends JpaRepository<ReferralNote, UUID> {

    List<ReferralNote> findByReferralIdOrderByWrittenAtAsc(UUID referralId);
}
