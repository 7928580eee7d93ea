package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.referral.ClosingCategory;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.screening.ScreeningHistories;
import fr.chulille.passerelle.screening.ScreeningLog;
import fr.chulille.passerelle.screening.ScreeningLogService;
import fr.chulille.passerelle.screening.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 5, as a property over many random histories (fixed seeds): for the same period, the screening
 * log counts what the inbox counts (all referrals, and those in each status now), and its funnel, categories and
 * criteria count what the generated histories hold. Each seed uses a year of its own, far from other tests' data.
 */
@SpringBootTest
@WithMockUser(username = "pi.test", roles = "INVESTIGATOR")
class ScreeningLogMatchesInboxTest {

    @Autowired
    InboxService inbox;
    @Autowired
    ScreeningLogService screening;
    @Autowired
    JdbcTemplate jdbc;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theLogCountsWhatTheInboxCountsForTheSamePeriod(long seed) {
        Random random = new Random(seed);
        LocalDate yearStart = LocalDate.of(2100 + (int) seed, 1, 1);
        LocalDate yearEnd = yearStart.withDayOfYear(yearStart.lengthOfYear());
        List<ScreeningHistories.History> histories = ScreeningHistories.store(jdbc, random, 20 + random.nextInt(60), yearStart, yearEnd);

        LocalDate from = yearStart.plusDays(random.nextInt(180));
        LocalDate to = from.plusDays(random.nextInt(200));
        for (LocalDate[] period : List.of(new LocalDate[] {yearStart, yearEnd}, new LocalDate[] {from, to},
                new LocalDate[] {from, from})) {
            check(histories, period[0], period[1]);
        }
    }

    private void check(List<ScreeningHistories.History> histories, LocalDate from, LocalDate to) {
        ScreeningLog log = screening.log(from, to);
        List<ScreeningHistories.History> sent = ScreeningHistories.within(histories, from, to);

        assertThat(log.referred()).isEqualTo(inbox.count(new InboxFilter(null, null, null, from, to))).isEqualTo(sent.size());
        for (ReferralStatus status : ReferralStatus.values()) {
            long inInbox = inbox.count(new InboxFilter(status, null, null, from, to));
            assertThat(log.now().get(status)).as("now %s", status).isEqualTo(inInbox);
            if (status.closes()) {
                assertThat(log.closedWith(status)).as("closed %s", status).isEqualTo(inInbox);
            }
        }
        for (Stage stage : Stage.values()) {
            assertThat(log.reached(stage)).as("reached %s", stage).isEqualTo(ScreeningHistories.reached(histories, from, to, stage));
        }
        // the funnel only narrows
        assertThat(log.funnel()).extracting(ScreeningLog.StageCount::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        log.closed().forEach((status, counts) -> {
            Map<Optional<ClosingCategory>, Long> categories = sent.stream().filter(h -> h.now() == status)
                    .collect(Collectors.groupingBy(h -> Optional.ofNullable(h.category()), Collectors.counting()));
            assertThat(counts).extracting(ScreeningLog.CategoryCount::category).containsAll(categories.keySet());
            counts.forEach(count -> assertThat(count.count()).as("%s %s", status, count.category())
                    .isEqualTo(categories.getOrDefault(count.category(), 0L)));
        });

        Map<String, Long> criteria = sent.stream().filter(h -> h.now() == ReferralStatus.NOT_ELIGIBLE)
                .flatMap(h -> h.failedCriteria().stream()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(log.notEligibleByCriterion()).isEqualTo(criteria);
    }
}
