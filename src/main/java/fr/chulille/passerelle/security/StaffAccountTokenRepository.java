package fr.chulille.passerelle.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface StaffAccountTokenRepository extends JpaRepository<StaffAccountToken, UUID> {

    Optional<StaffAccountToken> findByTokenHash(String tokenHash);

    List<StaffAccountToken> findByAccountId(UUID accountId);
}
