package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.GuidanceResponse;

import java.util.Locale;

/**
 * What HAPI FHIR adds to start-up, in a fresh JVM: building the R4 FhirContext (the application does it
 * once, as a bean), then the first parse and the first encode (class loading and HAPI's model scan,
 * paid by the first FHIR request). Run it in its own JVM each time (bench/fhir.sh does).
 */
public final class FhirStartupCost {

    private FhirStartupCost() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        FhirContext context = FhirContext.forR4();
        long t1 = System.nanoTime();
        String body = context.newJsonParser().encodeResourceToString(FhirPreCheckLatency.fiftyEntryBundle());
        Bundle bundle = context.newJsonParser().parseResource(Bundle.class, body);
        long t2 = System.nanoTime();
        context.newJsonParser().encodeResourceToString(new GuidanceResponse().setStatus(GuidanceResponse.GuidanceResponseStatus.SUCCESS));
        long t3 = System.nanoTime();
        System.out.println(String.format(Locale.ROOT,
                "HAPI start-up cost (fresh JVM): FhirContext.forR4() %.0f ms, first encode+parse of a 50-entry Bundle %.0f ms (%d entries), first GuidanceResponse encode %.0f ms",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, bundle.getEntry().size(), (t3 - t2) / 1e6));
    }
}
