package fr.chulille.passerelle.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** A one-time link to set a password; only the SHA-256 of its token is stored. */
@Entity
class StaffAccountToken {

    enum Purpose { INVITATION, PASSWORD_RESET }

    @Id
    private UUID id;
    private UUID accountId;
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private Instant expiresAt;
    private Instant usedAt;

    protected StaffAccountToken() {
    }

    StaffAccountToken(UUID accountId, String tokenHash, Purpose purpose, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    UUID accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
