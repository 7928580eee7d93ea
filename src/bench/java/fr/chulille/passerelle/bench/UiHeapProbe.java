package fr.chulille.passerelle.bench;

import fr.chulille.passerelle.browser.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Server heap per open Vaadin UI: opens N headless Chromium sessions (each its own HTTP session and
 * UI) on the running portal, and compares the live heap of its JVM after a full GC before and while
 * they are open. Usage: UiHeapProbe <base URL> <pid of the portal> [N=20] [path=/].
 * The path is the page each browser holds open: the summary {@code /} (its Vaadin client starts on a
 * first click, which the probe makes) or the referral form {@code /referral} (Vaadin's client at once).
 * With {@code -Dbench.histogram=<file prefix>}, it also writes the portal's class histogram
 * ({@code jcmd GC.class_histogram}) with no page open and with the N pages open, to compare by class.
 * With {@code -Dbench.heap.settle-seconds=S}, it measures once more after the pages have stayed open and idle for S
 * seconds, to tell what only lasts while the pages load (the web server's buffers of the browsers' connections, 16 KiB
 * each, if those connections close when idle) from what an open form keeps.
 */
public final class UiHeapProbe {

    private static final String VAADIN_IDLE = "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))";

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        long pid = Long.parseLong(args[1]);
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String path = args.length > 3 ? args[3] : "/";
        String histogram = System.getProperty("bench.histogram", "");
        int settleSeconds = Integer.getInteger("bench.heap.settle-seconds", 0);
        HeapOfProcess heap = new HeapOfProcess(pid);

        WebDriver warmUp = open(baseUrl, path);   // loads the classes and caches a first UI needs
        warmUp.quit();
        long before = heap.liveBytesAfterFullGc();
        if (!histogram.isEmpty()) {
            heap.classHistogram(Path.of(histogram + "-0.txt"));
        }
        List<WebDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                browsers.add(open(baseUrl, path));
            }
            long during = heap.liveBytesAfterFullGc();
            if (!histogram.isEmpty()) {
                heap.classHistogram(Path.of(histogram + "-" + sessions + ".txt"));
            }
            System.out.printf(Locale.ROOT, "Heap per open UI (%s): %d sessions, live heap %.1f MiB -> %.1f MiB, %.0f KiB per UI%n",
                    path, sessions, before / 1048576.0, during / 1048576.0, (during - before) / 1024.0 / sessions);
            if (settleSeconds > 0) {
                // the pages stay open and idle, as between a referrer's requests
                Thread.sleep(settleSeconds * 1000L);
                long settled = heap.liveBytesAfterFullGc();
                System.out.printf(Locale.ROOT, "Heap per open UI (%s) after %d s idle: %d sessions, live heap %.1f MiB -> %.1f MiB, %.0f KiB per UI%n",
                        path, settleSeconds, sessions, before / 1048576.0, settled / 1048576.0, (settled - before) / 1024.0 / sessions);
            }
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private static WebDriver open(String baseUrl, String path) {
        WebDriver driver = Browser.start("fr-FR,fr", 1280, 900);
        driver.get(baseUrl + path);
        Browser.waitForDocument(driver);
        if (!Browser.vaadinRequested(driver)) {
            // the summary works without Vaadin's client, which starts (and the server's UI with it) on a first click
            Browser.startVaadinByClicking(driver);
        }
        Browser.waitFor(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
        return driver;
    }
}
