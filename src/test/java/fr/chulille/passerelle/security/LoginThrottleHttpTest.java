package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-address limit on login POSTs, with a small limit so that the test stays short. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.login.max-attempts-per-address=3")
class LoginThrottleHttpTest {

    @LocalServerPort
    int port;

    @Test
    void loginPostsOverTheAddressLimitAreAnsweredWith429BeforeAnyPasswordCheck() {
        LoginClient client = new LoginClient(port);
        for (int i = 0; i < 3; i++) {
            assertThat(client.login("nobody-" + i, "guess").statusCode()).as("attempt %d", i + 1).isEqualTo(302);
        }

        HttpResponse<String> throttled = client.login("nobody", "guess");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("900");
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(throttled.body()).isEqualTo("Too many login attempts from your network. Please try again in 15 minutes.");
        assertThat(throttled.headers().firstValue("Content-Security-Policy")).isPresent();

        assertThat(client.get("/login").statusCode()).as("the login page itself stays readable").isEqualTo(200);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }
}
