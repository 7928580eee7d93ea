package fr.chulille.passerelle.bench;

import fr.chulille.passerelle.browser.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Server heap per open Vaadin UI: opens N headless Chromium sessions (each its own HTTP session and
 * UI) on the running portal, and compares the live heap of its JVM after a full GC before and while
 * they are open (the summary, once a click has started Vaadin's client). Usage: UiHeapProbe <base URL> <pid of the portal> [N=20].
 */
public final class UiHeapProbe {

    private static final String VAADIN_IDLE = "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))";

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        long pid = Long.parseLong(args[1]);
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        HeapOfProcess heap = new HeapOfProcess(pid);

        WebDriver warmUp = open(baseUrl);   // loads the classes and caches a first UI needs
        warmUp.quit();
        long before = heap.liveBytesAfterFullGc();
        List<WebDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                browsers.add(open(baseUrl));
            }
            long during = heap.liveBytesAfterFullGc();
            System.out.printf(Locale.ROOT, "Heap per open UI: %d sessions, live heap %.1f MiB -> %.1f MiB, %.0f KiB per UI%n",
                    sessions, before / 1048576.0, during / 1048576.0, (during - before) / 1024.0 / sessions);
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private static WebDriver open(String baseUrl) {
        WebDriver driver = Browser.start("fr-FR,fr", 1280, 900);
        driver.get(baseUrl + "/");
        Browser.waitForDocument(driver);
        // the summary works without Vaadin's client, which starts (and the server's UI with it) on a first click
        Browser.startVaadinByClicking(driver);
        Browser.waitFor(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
        return driver;
    }
}
