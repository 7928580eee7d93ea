package fr.chulille.passerelle.security;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Staff passwords after NIST SP 800-63B and the ANSSI's recommendations: long rather than complex.
 * At least {@value #MIN_LENGTH} characters, no composition rule, at most {@value #MAX_LENGTH}
 * characters (and 72 bytes: bcrypt reads no further); not containing the username, not one of the
 * common passwords of {@code security/common-passwords.txt} (origin in its NOTICE file).
 */
@Component
class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    /** Why a password is refused; the key of the message that tells the user. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON, UNCHANGED, MISMATCH;

        public String messageKey() {
            return "accounts.password.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The first problem of this password for this username, if any. */
    public Optional<Problem> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        if (common.contains(lower) || common.contains(lower.strip())) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_PASSWORDS + " on the classpath");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
