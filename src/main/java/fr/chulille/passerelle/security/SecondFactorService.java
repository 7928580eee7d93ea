package fr.chulille.passerelle.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The second factor: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift
 * either way) and 10 one-time recovery codes, stored as SHA-256 hashes. A code is accepted once:
 * a code of the last accepted time step or an earlier one is refused (no replay). The QR code is
 * drawn here by ZXing (no network) and served as a data-URI PNG.
 */
@Service
@Transactional
class SecondFactorService {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int RECOVERY_CODE_COUNT = 10;
    static final String ISSUER = "Passerelle";
    /** 31 symbols without look-alikes (no 0/o, 1/l/i): 12 of them give 59 bits. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_CODE_LENGTH = 12;

    /** The result of a code: accepted or not, and the recovery codes to show once when it confirmed an enrolment. */
    record Outcome(boolean accepted, List<String> newRecoveryCodes) {
        static final Outcome REFUSED = new Outcome(false, List.of());
    }

    /**
     * The second step of the current login: the account, and for an enrolment the secret (the one
     * already shown to this session, else a new one) with its QR code.
     */
    record LoginStep(String username, boolean enrolled, String secret, String qrCodeDataUri) {
    }

    private final StaffAccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    SecondFactorService(StaffAccountRepository accounts, RecoveryCodeRepository recoveryCodes,
                        ApplicationEventPublisher events, SecurityContextHolderStrategy securityContext, Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** Empty unless the current session passed the password step and owes the second factor. */
    @Transactional(readOnly = true)
    public Optional<LoginStep> currentLoginStep(String secretShownBefore) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (!StaffAuthorities.isPending(authentication, StaffAuthorities.PendingStep.SECOND_FACTOR)) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).map(account -> {
            if (account.totpSecret() != null) {
                return new LoginStep(account.username(), true, null, null);
            }
            String secret = secretShownBefore != null ? secretShownBefore : newSecret();
            return new LoginStep(account.username(), false, secret, qrCodeDataUri(account.username(), secret));
        });
    }

    /** The step a session owes, if any (the second factor, a password change). */
    Optional<StaffAuthorities.PendingStep> currentPendingStep() {
        return StaffAuthorities.pendingStep(securityContext.getContext().getAuthentication());
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(String username) {
        return accounts.findByUsername(username).map(a -> a.totpSecret() != null).orElse(false);
    }

    /** A new secret for an enrolment (160 bits, Base32); kept in the login session until a code confirms it. */
    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// URI of the secret as a QR code, a PNG data URI, drawn locally. */
    String qrCodeDataUri(String username, String secret) {
        QrData data = new QrData.Builder().label(ISSUER + ":" + username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        png.setImageSize(240);
        try {
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not drawn", e);
        }
    }

    /**
     * Checks a code typed after the password. Without a confirmed secret, the code must match
     * {@code pendingSecret} (the enrolment shown to this session): the secret is then kept and new
     * recovery codes are returned. Otherwise a fresh TOTP code or an unused recovery code is accepted.
     */
    Outcome verify(String username, String code, String pendingSecret) {
        Optional<StaffAccount> found = accounts.findByUsername(username).filter(StaffAccount::isActive);
        if (found.isEmpty() || code == null) {
            return Outcome.REFUSED;
        }
        StaffAccount account = found.get();
        String typed = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (account.totpSecret() == null) {
            if (pendingSecret == null) {
                return Outcome.REFUSED;
            }
            Optional<Long> step = matchingStep(pendingSecret, typed, null);
            if (step.isEmpty()) {
                return Outcome.REFUSED;
            }
            account.enrolTotp(pendingSecret, step.get());
            List<String> codes = replaceRecoveryCodes(account);
            publish(account, StaffAccountChanged.Change.SECOND_FACTOR_ENROLLED);
            return new Outcome(true, codes);
        }
        Optional<Long> step = matchingStep(account.totpSecret(), typed, account.totpLastTimeStep());
        if (step.isPresent()) {
            account.acceptTimeStep(step.get());
            return new Outcome(true, List.of());
        }
        if (useRecoveryCode(account, typed)) {
            publish(account, StaffAccountChanged.Change.RECOVERY_CODE_USED);
            return new Outcome(true, List.of());
        }
        return Outcome.REFUSED;
    }

    /** Forgets the secret and the recovery codes: the next login enrols again. */
    void reset(StaffAccount account) {
        account.enrolTotp(null, null);
        recoveryCodes.deleteByAccountId(account.id());
    }

    @Transactional(readOnly = true)
    public long unusedRecoveryCodes(String username) {
        return accounts.findByUsername(username)
                .map(a -> recoveryCodes.findByAccountId(a.id()).stream().filter(c -> !c.isUsed()).count())
                .orElse(0L);
    }

    /** The time step whose code matches, later than {@code lastStep}; the current step and one either side. */
    private Optional<Long> matchingStep(String secret, String typed, Long lastStep) {
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (sameText(code(secret, step), typed) && (lastStep == null || step > lastStep)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code not computed", e);
        }
    }

    private boolean useRecoveryCode(StaffAccount account, String typed) {
        if (typed.length() != RECOVERY_CODE_LENGTH) {
            return false;
        }
        String hash = Hashes.sha256(typed);
        for (RecoveryCode recovery : recoveryCodes.findByAccountId(account.id())) {
            if (!recovery.isUsed() && sameText(recovery.codeHash(), hash)) {
                recovery.use(clock.instant());
                return true;
            }
        }
        return false;
    }

    private List<String> replaceRecoveryCodes(StaffAccount account) {
        recoveryCodes.deleteByAccountId(account.id());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(Hashes.random().nextInt(RECOVERY_ALPHABET.length())));
            }
            recoveryCodes.save(new RecoveryCode(account.id(), Hashes.sha256(code.toString())));
            codes.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
        }
        return List.copyOf(codes);
    }

    private void publish(StaffAccount account, StaffAccountChanged.Change change) {
        events.publishEvent(new StaffAccountChanged(account.username(), account.username(), change, null, clock.instant()));
    }

    private static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
