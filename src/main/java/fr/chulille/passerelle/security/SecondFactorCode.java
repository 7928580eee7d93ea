package fr.chulille.passerelle.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.util.List;

/**
 * A second-factor code typed by a session that passed the password step, before it is checked.
 * Its name is the username, so that failures count against the account like wrong passwords.
 */
final class SecondFactorCode extends AbstractAuthenticationToken {

    private final String username;
    private final String code;
    private final String pendingSecret;
    /** Set by the provider when the code confirmed an enrolment: shown once, then forgotten. */
    private List<String> newRecoveryCodes = List.of();

    SecondFactorCode(String username, String code, String pendingSecret) {
        super(List.of());
        this.username = username;
        this.code = code;
        this.pendingSecret = pendingSecret;
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    String pendingSecret() {
        return pendingSecret;
    }

    List<String> newRecoveryCodes() {
        return newRecoveryCodes;
    }

    void newRecoveryCodes(List<String> codes) {
        this.newRecoveryCodes = List.copyOf(codes);
    }
}
