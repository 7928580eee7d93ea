package fr.chulille.passerelle.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;
import java.util.List;

/**
 * The logged-in staff member, as the principal of the security context: the inbox can show
 * {@link #displayName()} as the author of a note
 * ({@code authenticationContext.getAuthenticatedUser(StaffUser.class)}).
 */
public final class StaffUser extends User {

    private final String displayName;

    StaffUser(String username, String passwordHash, StaffRole role, String displayName, boolean locked) {
        super(username, passwordHash, true, true, true, !locked,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.displayName = displayName;
    }

    /** With the authorities of a login step ({@link StaffAuthorities}); a deactivated account is disabled. */
    StaffUser(String username, String passwordHash, boolean enabled, boolean locked, String displayName,
              Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, !locked, authorities);
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
