import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run of JDK 25's ahead-of-time cache (Maven profile {@code aot-cache}; JEP 483/514/515), run by
 * Maven as a single-file program from target/aot, in JEP 483's two steps: (1) records a training run, {@code java
 * -XX:AOTMode=record -XX:AOTConfiguration=… -jar passerelle.jar} in the default profile (in-memory H2, the embedded
 * SMTP server and the HTTP port on free ports, the demo account and demo inbox as at every start): waits for
 * readiness UP, asks for what serving visitors loads (the public pages and their Vaadin UIs, the login page, the
 * probes), then stops the portal with SIGTERM, at whose exit the JVM writes the configuration: the classes loaded
 * and the method profiles (JEP 515) of the whole run; (2) {@code java -XX:AOTMode=create} makes the cache from it.
 * (The one-step -XX:AOTCacheOutput writes only the configuration when the JVM ends on a signal.) Before it reports
 * ready, the training portal itself sends {@value #REFERRALS} fictional referrals from 50 threads at once
 * ({@link #REFERRALS_ARGUMENT}, read by fr.chulille.passerelle.demo.AotTrainingReferrals), so that the cache also carries
 * the method profiles of a submit under load (issue 17, item 3).
 * Never part of the application: its classes are not in the jar. Arguments: the java launcher, then the cache file.
 */
public class AotTrainingRun {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration READY_WITHIN = Duration.ofMinutes(5);
    /** Written by Spring's AOT processing for the main class; started only with -Dspring.aot.enabled=true. */
    static final String SPRING_AOT_INITIALIZER = "fr/chulille/passerelle/Application__ApplicationContextInitializer.class";
    /** Fictional referrals the training portal sends before it is ready (its in-memory database is gone at the end). */
    static final int REFERRALS = 2000;
    static final String REFERRALS_ARGUMENT = "--passerelle.aot-training.referrals=" + REFERRALS;
    /** Pages a visitor or a staff member opens first; each also through its Vaadin UI (the init request). */
    private static final List<String> PAGES = List.of("", "referral", "login", "professionals", "accessibility", "privacy");

    /**
     * The portal runs with JDK 25's compact object headers (JEP 519; README § Run in production): 8-byte object headers
     * instead of 12, about 15 % less heap per open form. A cache holds objects in the layout of its training run, so it is
     * made with the same setting (a JVM started with another one refuses the cache with a warning).
     */
    static final String COMPACT_OBJECT_HEADERS = "-XX:+UseCompactObjectHeaders";

    /** Whether the jar carries Spring's AOT-generated context initializer (the {@code process-aot} goal). */
    static boolean springAotProcessed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(SPRING_AOT_INITIALIZER) != null;
        }
    }

    public static void main(String[] args) throws Exception {
        String java = args.length > 0 ? args[0] : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path cache = Path.of(args.length > 1 ? args[1] : "passerelle.aot");
        Path configuration = Path.of(cache + "conf");
        Files.deleteIfExists(cache);
        Files.deleteIfExists(configuration);
        List<String> command = new ArrayList<>(List.of(java, COMPACT_OBJECT_HEADERS, "-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + configuration));
        if (springAotProcessed(Path.of("passerelle.jar"))) {
            command.add("-Dspring.aot.enabled=true"); // as the portal is then started (README § Run in production)
        }
        command.addAll(List.of("-jar", "passerelle.jar",
                "--server.port=0", "--server.address=127.0.0.1", "--spring.mail.port=0",
                // the fictional referrals' mails stay in the embedded server, whatever PASSERELLE_EMBEDDED_SMTP says
                "--passerelle.embedded-smtp.enabled=true", REFERRALS_ARGUMENT));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PASSERELLE_DB_URL", "jdbc:h2:mem:aot-training");
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        Process portal = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().name("portal-output").start(() -> echo(portal, port));
        try {
            int p = port.get(READY_WITHIN.toSeconds(), TimeUnit.SECONDS);
            train("http://127.0.0.1:" + p);
        } catch (Exception e) {
            portal.destroyForcibly();
            throw e;
        }
        portal.destroy(); // SIGTERM: Spring's graceful shutdown, then the JVM writes the configuration
        if (!portal.waitFor(10, TimeUnit.MINUTES)) {
            portal.destroyForcibly();
            throw new IllegalStateException("The training run did not exit");
        }
        if (!Files.isRegularFile(configuration)) {
            throw new IllegalStateException("No AOT configuration written at " + configuration.toAbsolutePath());
        }
        Process create = new ProcessBuilder(java, COMPACT_OBJECT_HEADERS, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
                "-XX:AOTCache=" + cache, "-cp", "passerelle.jar").inheritIO().start();
        if (create.waitFor() != 0) {
            throw new IllegalStateException("java -XX:AOTMode=create failed: " + create.exitValue());
        }
        Files.delete(configuration);
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("No AOT cache written at " + cache.toAbsolutePath());
        }
        System.out.println("AOT training run: " + cache.toAbsolutePath() + ", " + Files.size(cache) / (1024 * 1024) + " MiB");
    }

    private static void echo(Process portal, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                System.out.println(line);
                Matcher m = PORT.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("The portal stopped before opening its port"));
    }

    private static void train(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (!get(http, base + "/actuator/health/readiness").contains("\"UP\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Readiness not UP within " + READY_WITHIN);
            }
            Thread.sleep(200);
        }
        List<String> answered = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String page : PAGES) {
                for (String url : List.of(base + "/" + page, base + "/?v-r=init&location=" + page + "&query=")) {
                    int status = status(http, url);
                    if (round == 0) {
                        System.out.println("AOT training run: " + status + " " + url);
                    }
                }
                answered.add(page);
            }
            get(http, base + "/actuator/health/readiness");
            get(http, base + "/actuator/health/liveness");
        }
        System.out.println("AOT training run: " + answered.size() + " page requests answered");
    }

    private static int status(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return ""; // not up yet
        }
    }
}
