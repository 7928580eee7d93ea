package fr.chulille.passerelle.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The administrator's management of staff accounts (the principal investigator): invite a member
 * of the team with a one-time link, deactivate, reactivate, reset the password (a new link) or the
 * second factor. Every change is published as a {@link StaffAccountChanged} for the audit trail.
 */
@Service
@Transactional
@RolesAllowed(StaffRole.INVESTIGATOR_ROLE)
class StaffAccountAdmin {

    static final Duration LINK_VALIDITY = Duration.ofHours(48);
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    static final int MAX_DISPLAY_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;

    record AccountRow(UUID id, String username, String displayName, String email, StaffRole role, boolean active,
                      boolean secondFactorEnrolled, boolean linkPending, boolean self) {
    }

    private final StaffAccountRepository accounts;
    private final StaffAccountTokenRepository tokens;
    private final SecondFactorService secondFactor;
    private final AccountMailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    StaffAccountAdmin(StaffAccountRepository accounts, StaffAccountTokenRepository tokens, SecondFactorService secondFactor,
                      AccountMailer mailer, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                      SecurityContextHolderStrategy securityContext, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<AccountRow> list() {
        String me = currentUser();
        Instant now = clock.instant();
        return accounts.findAll().stream()
                .sorted(Comparator.comparing(StaffAccount::username, String.CASE_INSENSITIVE_ORDER))
                .map(a -> new AccountRow(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.isActive(),
                        a.totpSecret() != null, tokens.findByAccountId(a.id()).stream().anyMatch(t -> t.isUsable(now)),
                        a.username().equals(me)))
                .toList();
    }

    /** Creates the account without a usable password and mails it a link to set one, valid 48 hours. */
    AccountRow invite(String username, String displayName, String email, StaffRole role, Locale language) {
        String name = username == null ? "" : username.strip();
        String display = displayName == null ? "" : displayName.strip();
        String address = email == null ? "" : email.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountProblem("accounts.problem.username");
        }
        if (accounts.findAll().stream().anyMatch(a -> a.username().equalsIgnoreCase(name))) {
            throw new AccountProblem("accounts.problem.username-taken");
        }
        if (display.isEmpty() || display.length() > MAX_DISPLAY_NAME_LENGTH || display.chars().anyMatch(Character::isISOControl)) {
            throw new AccountProblem("accounts.problem.display-name");
        }
        if (!isMailAddress(address)) {
            throw new AccountProblem("accounts.problem.email");
        }
        if (role == null) {
            throw new AccountProblem("accounts.problem.role");
        }
        StaffAccount account = new StaffAccount(name, display, unusablePasswordHash(), role, clock.instant());
        account.changeEmail(address);
        accounts.save(account);
        sendLink(account, StaffAccountToken.Purpose.INVITATION, language);
        publish(account, StaffAccountChanged.Change.INVITED, role.name());
        return row(account);
    }

    void deactivate(UUID id) {
        StaffAccount account = find(id);
        if (account.username().equals(currentUser())) {
            throw new AccountProblem("accounts.problem.self");
        }
        account.activate(false);
        tokens.findByAccountId(id).forEach(t -> t.use(clock.instant()));
        publish(account, StaffAccountChanged.Change.DEACTIVATED, null);
    }

    void reactivate(UUID id) {
        StaffAccount account = find(id);
        account.activate(true);
        publish(account, StaffAccountChanged.Change.REACTIVATED, null);
    }

    /** The current password stops working at once; a new link to set one goes to the account's address. */
    void resetPassword(UUID id, Locale language) {
        StaffAccount account = find(id);
        if (account.email() == null || account.email().isBlank()) {
            throw new AccountProblem("accounts.problem.no-email");
        }
        account.changePasswordHash(unusablePasswordHash());
        sendLink(account, StaffAccountToken.Purpose.PASSWORD_RESET, language);
        publish(account, StaffAccountChanged.Change.PASSWORD_RESET, null);
    }

    /** The second factor and its recovery codes are forgotten: the next login enrols a new one. */
    void resetSecondFactor(UUID id) {
        StaffAccount account = find(id);
        secondFactor.reset(account);
        publish(account, StaffAccountChanged.Change.SECOND_FACTOR_RESET, null);
    }

    private void sendLink(StaffAccount account, StaffAccountToken.Purpose purpose, Locale language) {
        Instant now = clock.instant();
        tokens.findByAccountId(account.id()).forEach(t -> t.use(now));
        String token = Hashes.newToken();
        tokens.save(new StaffAccountToken(account.id(), Hashes.sha256(token), purpose, now.plus(LINK_VALIDITY)));
        mailer.sendLink(account.email(), account.displayName(), account.username(), token,
                purpose == StaffAccountToken.Purpose.INVITATION, LINK_VALIDITY, language);
    }

    private String unusablePasswordHash() {
        return passwordEncoder.encode(Hashes.newToken());
    }

    private AccountRow row(StaffAccount a) {
        return new AccountRow(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.isActive(),
                a.totpSecret() != null, true, false);
    }

    private StaffAccount find(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NoSuchElementException("No staff account " + id));
    }

    private void publish(StaffAccount account, StaffAccountChanged.Change change, String detail) {
        events.publishEvent(new StaffAccountChanged(currentUser(), account.username(), change, detail, clock.instant()));
    }

    private String currentUser() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No logged-in staff member");
        }
        return authentication.getName();
    }

    static boolean isMailAddress(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_EMAIL_LENGTH
                || address.chars().anyMatch(c -> c == '\r' || c == '\n' || c == ',' || c == ';' || Character.isWhitespace(c))
                || !address.contains("@")) {
            return false;
        }
        try {
            new InternetAddress(address, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
