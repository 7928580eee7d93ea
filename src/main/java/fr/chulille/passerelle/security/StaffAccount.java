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
    private String email;
    private boolean active = true;
    private boolean passwordChangeRequired;
    private String totpSecret;
    private Long totpLastTimeStep;

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

    UUID id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    String email() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    boolean isActive() {
        return active;
    }

    void activate(boolean active) {
        this.active = active;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    void requirePasswordChange(boolean required) {
        this.passwordChangeRequired = required;
    }

    String totpSecret() {
        return totpSecret;
    }

    Long totpLastTimeStep() {
        return totpLastTimeStep;
    }

    /** A confirmed TOTP secret (Base32), or null to enrol again at the next login. */
    void enrolTotp(String secret, Long lastTimeStep) {
        this.totpSecret = secret;
        this.totpLastTimeStep = lastTimeStep;
    }

    void acceptTimeStep(long timeStep) {
        this.totpLastTimeStep = timeStep;
    }
}
