package fr.chulille.passerelle.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    List<RecoveryCode> findByAccountId(UUID accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteByAccountId(UUID accountId);
}
