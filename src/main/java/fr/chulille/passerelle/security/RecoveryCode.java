package fr.chulille.passerelle.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One one-time recovery code of the second factor; only its SHA-256 is stored. */
@Entity
@Table(name = "staff_recovery_code")
class RecoveryCode {

    @Id
    private UUID id;
    private UUID accountId;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(UUID accountId, String codeHash) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    String codeHash() {
        return codeHash;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
