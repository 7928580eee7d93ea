package fr.chulille.passerelle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Latencies recorded by many threads, summarised as percentiles in milliseconds. */
public final class Latencies {

    private final List<Long> nanos = new ArrayList<>();
    private long wallNanos;

    public synchronized void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    public void wallTime(long elapsedNanos) {
        wallNanos = elapsedNanos;
    }

    public synchronized String summary() {
        List<Long> sorted = nanos.stream().sorted().toList();
        double perSecond = sorted.size() / (wallNanos / 1e9);
        return String.format(Locale.ROOT, "n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms throughput=%.0f/s",
                sorted.size(), millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99),
                sorted.getLast() / 1e6, perSecond);
    }

    /** Nearest-rank percentile. */
    private static double millis(List<Long> sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
