package fr.chulille.passerelle.security;

import java.time.Instant;

/**
 * A change to a staff account, published inside the transaction that makes it, for the audit trail
 * (the inbox's audit table records it in the same transaction). {@code actor} is who made the
 * change: the administrator, or the staff member for their own password and second factor.
 */
public record StaffAccountChanged(String actor, String username, Change change, String detail, Instant at) {

    public enum Change {
        INVITED, PASSWORD_SET, PASSWORD_CHANGED, PASSWORD_RESET, DEACTIVATED, REACTIVATED,
        SECOND_FACTOR_ENROLLED, SECOND_FACTOR_RESET, RECOVERY_CODE_USED
    }

    /** One line for the audit entry: the change, the account and what it concerns. */
    public String describe() {
        return change + " " + username + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
