package fr.chulille.passerelle.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like visitor over real HTTP: keeps its cookies, follows no redirect, and logs in as
 * Vaadin's LoginForm does (a form POST to /login with the CSRF token of the page's {@code <meta name="_csrf">}).
 */
final class LoginClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    LoginClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").GET().build());
    }

    HttpResponse<String> login(String username, String password) {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken());
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The second login step, as the second-factor page's form posts it. */
    HttpResponse<String> secondFactor(String code) {
        String form = "code=" + encode(code) + "&_csrf=" + encode(csrfToken());
        return send(HttpRequest.newBuilder(URI.create(base + "/login/second-factor"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    HttpResponse<String> postWithoutCsrf(String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)))
                .build());
    }

    String csrfToken() {
        HttpResponse<String> page = get("/login");
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in the login page (HTTP " + page.statusCode() + ")");
        }
        return token.group(1);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()
                + (URI.create(l).getQuery() == null ? "" : "?" + URI.create(l).getQuery())).orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
