package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import fr.chulille.passerelle.bench.Latencies;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Latency of POST /api/precheck with a 50-entry FHIR Bundle, one client on loopback, against a running
 * portal: the Patient, the QuestionnaireResponse and 48 Observations (the eligible man's values plus
 * older platelet and lymphocyte counts, so that "latest wins" runs too). Parsing, reading, the engine,
 * the GuidanceResponse and HTTP are all in the figure. Usage: FhirPreCheckLatency baseUrl [warm-up] [measured]
 */
public final class FhirPreCheckLatency {

    private FhirPreCheckLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        String body = FhirContext.forR4().newJsonParser().encodeResourceToString(fiftyEntryBundle());
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/precheck?lang=en"))
                .header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < warmUp; i++) {
            check(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long t0 = System.nanoTime();
            check(http.send(request, HttpResponse.BodyHandlers.ofString()));
            latencies.add(System.nanoTime() - t0);
        }
        latencies.wallTime(System.nanoTime() - start);
        System.out.println("FHIR pre-check, 50-entry Bundle (" + body.length() / 1024 + " KiB), 1 client: " + latencies.summary());
    }

    static Bundle fiftyEntryBundle() {
        Bundle bundle = FhirBundles.of(PairedFixtures.eligibleMan().build(), FhirBundles.Style.PLAIN);
        int day = 1;
        while (bundle.getEntry().size() < 50) {
            String code = bundle.getEntry().size() % 2 == 0 ? "777-3" : "731-0";
            Observation older = FhirBundles.observation(bundle, FhirBundles.LOINC, code,
                    new Quantity().setValue(code.equals("777-3") ? 20 + day : 100 + day).setSystem(FhirBundles.UCUM)
                            .setCode(code.equals("777-3") ? "10*9/L" : "/uL"));
            older.setEffective(new DateTimeType(String.format("2026-10-%02dT08:00:00+01:00", 1 + day % 28)));
            day++;
        }
        return bundle;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }
}
