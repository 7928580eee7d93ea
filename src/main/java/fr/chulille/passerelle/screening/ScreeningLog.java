package fr.chulille.passerelle.screening;

import fr.chulille.passerelle.referral.ClosingCategory;
import fr.chulille.passerelle.referral.ReferralStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The anonymous counts of the referrals submitted from {@code from} to {@code to} (inclusive, French dates),
 * as a CONSORT diagram shows them: how many reached each stage of the funnel at any time (per their status
 * history), where they are now, the closed ones by category and the "not eligible" ones by criterion not met.
 * No reference, initials, birth year or referrer: counts only.
 *
 * @param funnel        each stage with how many referrals reached it, in funnel order (the first is "referred")
 * @param now           how many referrals are now in each status (every status, zero included)
 * @param closed        for each closing status, its categories with their counts; the empty category
 *                      counts referrals closed before categories were asked
 * @param notEligibleByCriterion criterion id → how many "not eligible" referrals failed it, in protocol order
 */
public record ScreeningLog(LocalDate from, LocalDate to, List<StageCount> funnel, Map<ReferralStatus, Long> now,
                           Map<ReferralStatus, List<CategoryCount>> closed, Map<String, Long> notEligibleByCriterion) {

    public record StageCount(Stage stage, long count) {
    }

    public record CategoryCount(Optional<ClosingCategory> category, long count) {
    }

    public long referred() {
        return reached(Stage.REFERRED);
    }

    public long reached(Stage stage) {
        return funnel.stream().filter(count -> count.stage() == stage).mapToLong(StageCount::count).findFirst().orElse(0);
    }

    /** Referrals closed with this status now, whatever their category. */
    public long closedWith(ReferralStatus status) {
        return closed.getOrDefault(status, List.of()).stream().mapToLong(CategoryCount::count).sum();
    }
}
