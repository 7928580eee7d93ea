package fr.chulille.passerelle.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live heap of another JVM, read with jcmd after a full GC (GC.run, then GC.heap_info). */
final class HeapOfProcess {

    private static final Pattern USED = Pattern.compile("total\\s+(?:reserved\\s+)?\\d+K, committed \\d+K, used (\\d+)K|used (\\d+)K");

    private final long pid;
    private final String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

    HeapOfProcess(long pid) {
        this.pid = pid;
    }

    long liveBytesAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in jcmd's answer");
        }
        return Long.parseLong(used.group(1) != null ? used.group(1) : used.group(2)) * 1024;
    }

    /** The class histogram of the live objects (jcmd forces a full GC first), written to {@code file}. */
    void classHistogram(Path file) throws IOException, InterruptedException {
        java.nio.file.Files.writeString(file, jcmd("GC.class_histogram"));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
