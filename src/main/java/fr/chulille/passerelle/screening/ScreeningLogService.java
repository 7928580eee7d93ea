package fr.chulille.passerelle.screening;

import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.referral.ClosingCategory;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The screening log (issue 15): anonymous counts of the referrals submitted in a period, for staff only. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
public class ScreeningLogService {

    private static final ZoneId TRIAL_ZONE = ZoneId.of(Messages.TRIAL_TIME_ZONE);

    private final ScreeningLogRepository repository;
    private final Messages messages;

    ScreeningLogService(ScreeningLogRepository repository, TranslationProvider translations) {
        this.repository = repository;
        this.messages = translations.messages();
    }

    /** The referrals submitted from {@code from} to {@code to} inclusive (French dates). */
    public ScreeningLog log(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        Instant start = from.atStartOfDay(TRIAL_ZONE).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(TRIAL_ZONE).toInstant();

        long[] reachedAtFurthest = new long[Stage.values().length];
        Map<ReferralStatus, Long> now = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            now.put(status, 0L);
        }
        for (ScreeningLogRepository.StatusAndStage row : repository.byStatusAndFurthestStage(start, until)) {
            reachedAtFurthest[row.furthest().ordinal()] += row.count();
            now.merge(row.status(), row.count(), Long::sum);
        }
        List<ScreeningLog.StageCount> funnel = new ArrayList<>();
        long atLeast = 0;
        for (int stage = Stage.values().length - 1; stage >= 0; stage--) {
            atLeast += reachedAtFurthest[stage];
            funnel.addFirst(new ScreeningLog.StageCount(Stage.values()[stage], atLeast));
        }

        Map<ReferralStatus, List<ScreeningLog.CategoryCount>> closed = new EnumMap<>(ReferralStatus.class);
        Map<ReferralStatus, Map<String, Long>> byCategory = new EnumMap<>(ReferralStatus.class);
        repository.closedByCategory(start, until).forEach(row -> byCategory
                .computeIfAbsent(row.status(), s -> new LinkedHashMap<>()).merge(String.valueOf(row.category()), row.count(), Long::sum));
        for (ReferralStatus status : ReferralStatus.values()) {
            if (!status.closes()) {
                continue;
            }
            Map<String, Long> counts = byCategory.getOrDefault(status, Map.of());
            List<ScreeningLog.CategoryCount> list = new ArrayList<>();
            // every category of the status, zero included, then the referrals closed without one (if any)
            ClosingCategory.of(status).forEach(category ->
                    list.add(new ScreeningLog.CategoryCount(Optional.of(category), counts.getOrDefault(category.name(), 0L))));
            if (counts.containsKey("null")) {
                list.add(new ScreeningLog.CategoryCount(Optional.empty(), counts.get("null")));
            }
            closed.put(status, List.copyOf(list));
        }

        Map<String, Long> found = repository.notEligibleByCriterion(start, until).stream()
                .collect(Collectors.toMap(ScreeningLogRepository.CriterionCount::criterionId,
                        ScreeningLogRepository.CriterionCount::count));
        Map<String, Long> byCriterion = new LinkedHashMap<>();
        TrialCriteria.all().stream().map(Criterion::id).filter(found::containsKey)
                .forEach(id -> byCriterion.put(id, found.get(id)));
        found.keySet().stream().filter(id -> !byCriterion.containsKey(id)).sorted()
                .forEach(id -> byCriterion.put(id, found.get(id)));
        return new ScreeningLog(from, to, List.copyOf(funnel), now, closed, byCriterion);
    }

    /** The log as CSV (section, item, count), in the staff member's language: counts only, nothing about a person. */
    public String csv(LocalDate from, LocalDate to, Locale locale) {
        ScreeningLog log = log(from, to);
        List<List<String>> rows = new ArrayList<>();
        String period = messages.format("screening.log.period-value", locale, Map.of("from", from.toString(), "to", to.toString()));
        rows.add(List.of(messages.format("screening.log.csv.period", locale), period, ""));
        String funnel = messages.format("screening.log.funnel", locale);
        log.funnel().forEach(stage -> rows.add(List.of(funnel, messages.format(stage.stage().messageKey(), locale),
                String.valueOf(stage.count()))));
        String nowSection = messages.format("screening.log.now", locale);
        log.now().forEach((status, count) -> rows.add(List.of(nowSection, messages.format(status.messageKey(), locale),
                String.valueOf(count))));
        log.closed().forEach((status, categories) -> categories.forEach(category -> rows.add(List.of(
                messages.format(status.messageKey(), locale), categoryLabel(category.category(), locale),
                String.valueOf(category.count())))));
        String criteria = messages.format("screening.log.by-criterion", locale);
        log.notEligibleByCriterion().forEach((id, count) -> rows.add(List.of(criteria, criterionLabel(id, locale),
                String.valueOf(count))));
        List<String> header = List.of(messages.format("screening.log.csv.section", locale),
                messages.format("screening.log.csv.item", locale), messages.format("screening.log.csv.count", locale));
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    String categoryLabel(Optional<ClosingCategory> category, Locale locale) {
        return category.map(c -> messages.format(c.messageKey(), locale))
                .orElseGet(() -> messages.format("screening.log.no-category", locale));
    }

    String criterionLabel(String id, Locale locale) {
        return TrialCriteria.byId(id).map(c -> id + " — " + messages.format(c.shortLabelKey(), locale, c.limitArguments()))
                .orElse(id);
    }

    /** RFC 4180, and a cell a spreadsheet would read as a formula neutralised (as the inbox export does). */
    private static String line(List<String> cells) {
        return cells.stream().map(ScreeningLogService::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
