package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentTestContext;
import fr.chulille.passerelle.recruitment.RecruitmentState;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 1: the copy in the first response is rendered once per page, language and address and
 * then served from memory, and what a visitor sees is still what a fresh rendering gives.
 */
@SpringBootTest(properties = RecruitmentTestContext.OWN_CONTEXT)
@WithMockUser(username = "pi.cache", roles = "INVESTIGATOR")
class FirstPaintCacheTest extends SpringBrowserlessTest {

    @Autowired
    TranslationProvider translations;
    @Autowired
    SummaryService summary;
    @Autowired
    Recruitment recruitment;

    @Test
    void eachResponseGetsTheSameCopyAsAFreshRenderingAndAChangeToOneResponseDoesNotReachTheNext() {
        FirstPaintRenderer renderer = new FirstPaintRenderer(translations, summary);
        for (String language : new String[] {"fr", "en"}) {
            String query = "lang=" + language;
            String fresh = FirstPaintCopy.render(new FirstPaintRenderer(translations, summary), "/", language, query).outerHtml();

            Element first = FirstPaintCopy.render(renderer, "/", language, query);
            first.selectFirst("h1").remove();
            Element second = FirstPaintCopy.render(renderer, "/", language, query);

            assertThat(second.selectFirst("h1")).isNotNull();
            assertThat(second.outerHtml()).isEqualTo(fresh)
                    .as("the in-page links keep the address's language").contains("href=\"?lang=" + language + "#glossary-");
        }
        assertThat(renderer.cachedCopies()).isEqualTo(2);
    }

    @Test
    void aRecruitmentStateSetByStaffShowsInTheNextResponse() {
        FirstPaintRenderer renderer = new FirstPaintRenderer(translations, summary);
        recruitment.set(RecruitmentState.OPEN, 3);
        String before = FirstPaintCopy.textOf(FirstPaintCopy.render(renderer, "/", "en", null), SummaryContent.RECRUITMENT_CLASS);

        recruitment.set(RecruitmentState.PAUSED, null);
        String after = FirstPaintCopy.textOf(FirstPaintCopy.render(renderer, "/", "en", null), SummaryContent.RECRUITMENT_CLASS);

        assertThat(after).isNotEqualTo(before)
                .isEqualTo(FirstPaintCopy.textOf(FirstPaintCopy.render(translations, summary, "/", "en"), SummaryContent.RECRUITMENT_CLASS));
        assertThat(renderer.cachedCopies()).as("the copy of the old state is replaced, not kept beside").isEqualTo(1);
    }

    @Test
    void addressesMadeUpByVisitorsAreRenderedEachTimeAndKeptNowhere() {
        FirstPaintRenderer renderer = new FirstPaintRenderer(translations, summary);
        for (int i = 0; i < 50; i++) {
            Element copy = FirstPaintCopy.render(renderer, "/", "fr", "utm_source=" + i);
            assertThat(copy.select("a[href^=?utm_source=" + i + "#]")).as("in-page links keep the address").isNotEmpty();
        }
        FirstPaintCopy.render(renderer, "/professionals", "fr", "lang=fr");
        FirstPaintCopy.render(renderer, "/accessibility", "en", null);

        assertThat(renderer.cachedCopies()).isEqualTo(2);
    }
}
