package fr.chulille.passerelle.eligibility;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Pre-check evaluations per second (the engine alone, as the form calls it on every change): a
 * complete eligible patient, the same patient failing some criteria, and a form still almost empty.
 * Run by bench/run.sh; never part of the build's tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreCheckBenchmark {

    final ClinicalFacts completeEligible = Patients.eligibleMan().build();
    final ClinicalFacts failingSome = Patients.eligibleWoman()
            .cd19PercentOfBlasts(Patients.dec("5"))
            .creatinine(fr.chulille.passerelle.eligibility.Measurement.of("400", CreatinineUnit.MICROMOL_PER_L))
            .pregnancyTest(PregnancyTest.POSITIVE)
            .build();
    final ClinicalFacts almostEmpty = ClinicalFacts.builder().ageYears(45).sex(Sex.MALE).build();

    @Benchmark
    public PreCheckResult completeEligiblePatient() {
        return EligibilityEngine.evaluate(completeEligible, Patients.YEAR);
    }

    @Benchmark
    public PreCheckResult patientFailingSomeCriteria() {
        return EligibilityEngine.evaluate(failingSome, Patients.YEAR);
    }

    @Benchmark
    public PreCheckResult almostEmptyForm() {
        return EligibilityEngine.evaluate(almostEmpty, Patients.YEAR);
    }
}
