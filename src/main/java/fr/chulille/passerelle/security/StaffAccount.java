package fr.chulille.passerelle.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member of the study team who may log in; only the password's hash is stored. */
@Entity
class StaffAccount {

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private StaffRole role;
    private Instant createdAt;

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String passwordHash, StaffRole role, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    StaffRole role() {
        return role;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }
}
