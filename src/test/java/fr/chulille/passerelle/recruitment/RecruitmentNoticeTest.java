package fr.chulille.passerelle.recruitment;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.trial.RecruitmentStatus;
import fr.chulille.passerelle.trial.Trial;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the public pages and the referral form say about recruitment, in both languages. */
class RecruitmentNoticeTest {

    /** 23:30 UTC on 2 December is already 3 December in Lille. */
    private static final Instant LATE_EVENING = Instant.parse("2026-12-02T23:30:00Z");

    private final Messages messages = Messages.fromClasspath();

    @Test
    void untilStaffSetAStateTheRecordsStatusIsShownWithTheRecordsDate() {
        RecruitmentNotice notice = RecruitmentNotice.fromRecord(Trial.NCT06649227);

        assertThat(notice.setByStaff()).isFalse();
        assertThat(notice.referralsPaused()).isFalse();
        assertThat(notice.recordStatus()).isEqualTo(RecruitmentStatus.RECRUITING);
        assertThat(notice.updatedOn()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(notice.arguments()).containsEntry("state", RecruitmentNotice.FROM_RECORD).containsEntry("status", "RECRUITING");
    }

    @Test
    void theHeadlineGivesTheStateAndTheFrenchDayItWasSet() {
        RecruitmentNotice open = RecruitmentNotice.setByStaff(RecruitmentState.OPEN, null, "pi.test", LATE_EVENING);

        assertThat(open.updatedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(messages.format("recruitment.public.headline", Locale.ENGLISH, open.arguments()))
                .isEqualTo("Recruitment open — updated on December 3, 2026");
        assertThat(messages.format("recruitment.public.headline", Locale.FRENCH, open.arguments()))
                .isEqualTo("Recrutement ouvert — mis à jour le 3 décembre 2026");
    }

    @Test
    void theLaySummaryGivesThePlacesOnlyAsStaffTypedThem() {
        RecruitmentNotice withPlaces = RecruitmentNotice.setByStaff(RecruitmentState.OPEN, 2, "pi.test", LATE_EVENING);
        RecruitmentNotice withoutPlaces = RecruitmentNotice.setByStaff(RecruitmentState.OPEN, null, "pi.test", LATE_EVENING);

        assertThat(messages.format("recruitment.public.summary", Locale.ENGLISH, withPlaces.arguments())).isEqualTo(
                "Recruitment open — updated on December 3, 2026. The study is looking for people to take part."
                        + " The study team says that 2 places are left.");
        assertThat(messages.format("recruitment.public.summary", Locale.FRENCH, withPlaces.arguments())).isEqualTo(
                "Recrutement ouvert — mis à jour le 3 décembre 2026. L’étude cherche des personnes pour y participer."
                        + " Selon l’équipe de l’étude, il reste 2 places.");
        assertThat(messages.format("recruitment.public.summary", Locale.ENGLISH, withoutPlaces.arguments()))
                .isEqualTo("Recruitment open — updated on December 3, 2026. The study is looking for people to take part.");
        assertThat(messages.format("recruitment.public.summary", Locale.FRENCH, withoutPlaces.arguments()))
                .doesNotContain("place");
    }

    @Test
    void pausedAndClosedSayThatNobodyNewIsTakenForNow() {
        RecruitmentNotice paused = RecruitmentNotice.setByStaff(RecruitmentState.PAUSED, 1, "pi.test", LATE_EVENING);
        RecruitmentNotice closed = RecruitmentNotice.setByStaff(RecruitmentState.CLOSED, null, "pi.test", LATE_EVENING);

        assertThat(messages.format("recruitment.public.summary", Locale.ENGLISH, paused.arguments()))
                .startsWith("Recruitment paused — updated on December 3, 2026. For now, the study is not taking anyone new.")
                .endsWith("The study team says that 1 place is left.");
        assertThat(messages.format("recruitment.public.summary", Locale.FRENCH, closed.arguments()))
                .isEqualTo("Recrutement fermé — mis à jour le 3 décembre 2026. L’étude ne prend plus personne de nouveau.");
        assertThat(messages.format("recruitment.public.pro", Locale.ENGLISH, paused.arguments()))
                .isEqualTo("Recruitment paused — updated on December 3, 2026; 1 place left, according to the study team");
    }

    @Test
    void theReferralFormIsToldOnlyWhenRecruitmentIsPausedOrClosedAndMaySendAnyway() {
        assertThat(RecruitmentNotice.setByStaff(RecruitmentState.OPEN, null, "pi.test", LATE_EVENING).referralsPaused()).isFalse();
        RecruitmentNotice paused = RecruitmentNotice.setByStaff(RecruitmentState.PAUSED, null, "pi.test", LATE_EVENING);
        RecruitmentNotice closed = RecruitmentNotice.setByStaff(RecruitmentState.CLOSED, null, "pi.test", LATE_EVENING);
        assertThat(paused.referralsPaused()).isTrue();
        assertThat(closed.referralsPaused()).isTrue();

        assertThat(messages.format("recruitment.referral.notice", Locale.ENGLISH, paused.arguments())).isEqualTo(
                "Recruitment paused — updated on December 3, 2026. You can still send a referral: the study team reads every referral and decides.");
        assertThat(messages.format("recruitment.referral.notice", Locale.FRENCH, closed.arguments())).isEqualTo(
                "Recrutement fermé — mis à jour le 3 décembre 2026. Vous pouvez quand même envoyer un adressage\u00A0: l’équipe de l’étude lit chaque adressage et décide.");
    }

    @Test
    void placesThatContradictTheStateAreRefused() {
        assertThat(Recruitment.problem(null, null)).isEqualTo(Recruitment.Problem.NO_STATE);
        assertThat(Recruitment.problem(RecruitmentState.OPEN, null)).isNull();
        assertThat(Recruitment.problem(RecruitmentState.OPEN, 1)).isNull();
        assertThat(Recruitment.problem(RecruitmentState.OPEN, 0)).isEqualTo(Recruitment.Problem.NO_PLACE_WHEN_OPEN);
        assertThat(Recruitment.problem(RecruitmentState.PAUSED, 0)).isNull();
        assertThat(Recruitment.problem(RecruitmentState.PAUSED, Recruitment.MAX_PLACES)).isNull();
        assertThat(Recruitment.problem(RecruitmentState.PAUSED, Recruitment.MAX_PLACES + 1)).isEqualTo(Recruitment.Problem.PLACES_OUT_OF_RANGE);
        assertThat(Recruitment.problem(RecruitmentState.PAUSED, -1)).isEqualTo(Recruitment.Problem.PLACES_OUT_OF_RANGE);
        assertThat(Recruitment.problem(RecruitmentState.CLOSED, null)).isNull();
        assertThat(Recruitment.problem(RecruitmentState.CLOSED, 2)).isEqualTo(Recruitment.Problem.PLACES_WHEN_CLOSED);
        for (Recruitment.Problem problem : Recruitment.Problem.values()) {
            for (Locale locale : Messages.LOCALES) {
                assertThat(messages.format(problem.messageKey(), locale, java.util.Map.of("max", 99))).doesNotStartWith("!");
            }
        }
    }
}
