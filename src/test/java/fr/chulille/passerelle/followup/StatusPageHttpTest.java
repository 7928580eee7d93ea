package fr.chulille.passerelle.followup;

import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferrerFollowUp;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import fr.chulille.passerelle.i18n.TranslationProvider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The status page over HTTP: kept out of search engines, caches and Referer headers; guessing tokens is limited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusPageHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReferrerFollowUp followUp;
    @Autowired
    FollowUpService service;
    @Autowired
    StatusLinkThrottle throttle;
    @Autowired
    TranslationProvider translations;

    @Test
    void theStatusPageIsNeitherIndexedNorCachedNorGivenAsReferer() throws Exception {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Luc Moreau", "luc.moreau@hopital.example", "fr"));
        String token = followUp.issueLink(referral.getId());

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/status/" + token + "?lang=en")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Robots-Tag")).containsExactly("noindex, nofollow");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
    }

    @Test
    void tenUnknownTokensFromOneClientBlockItEvenWithAValidTokenButNotOthers() throws Exception {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Luc Moreau", "luc.moreau@hopital.example", "en"));
        String valid = followUp.issueLink(referral.getId());
        String guesser = "198.51.100." + (int) (Math.random() * 250);

        for (int i = 0; i < 10; i++) {
            assertThat(service.open(UUID.randomUUID().toString(), guesser)).isInstanceOf(StatusPage.Unknown.class);
        }

        assertThat(service.open(valid, guesser)).isInstanceOf(StatusPage.Throttled.class);
        assertThat(service.open(valid, "192.0.2.77")).isInstanceOf(StatusPage.Shown.class);

        // the page itself answers 429, translated, before Vaadin looks anything up
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/status/" + valid);
        request.setRemoteAddr(guesser);
        request.setParameter("lang", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new StatusPageHeaders(throttle, translations.messages()).doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentAsString()).contains("Too many attempts", "+33 3 20 44 59 62");
        assertThat(chain.getRequest()).isNull();

        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/status/" + valid);
        other.setRemoteAddr("192.0.2.78");
        MockFilterChain otherChain = new MockFilterChain();
        new StatusPageHeaders(throttle, translations.messages()).doFilter(other, new MockHttpServletResponse(), otherChain);
        assertThat(otherChain.getRequest()).isNotNull();
    }
}
