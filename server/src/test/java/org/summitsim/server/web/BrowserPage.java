package org.summitsim.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.summitsim.core.json.Json;

/**
 * One tab of {@link Chromium}: open an address, read and act on the page through script, type
 * as a keyboard would, take screenshots, and collect what the page logged as errors (script
 * exceptions, console errors, policy violations).
 */
final class BrowserPage {

    private final Chromium browser;
    private final String session;
    /** The browser context of a tab the test opened; null for one a page opened. */
    private final String context;

    private final List<String> errors = new CopyOnWriteArrayList<>();

    BrowserPage(Chromium browser, String session, String context) {
        this.browser = browser;
        this.session = session;
        this.context = context;
    }

    /** Lets this tab's downloads through, saved in {@code folder} (headless Chromium refuses them otherwise). */
    void saveDownloadsIn(java.nio.file.Path folder) {
        browser.call(
                null,
                "Browser.setDownloadBehavior",
                Chromium.params()
                        .put("behavior", "allow")
                        .put("downloadPath", folder.toAbsolutePath().toString())
                        .put("browserContextId", context));
    }

    void start(int width, int height) {
        call("Page.enable");
        call("Runtime.enable");
        call("Log.enable");
        browser.call(
                session,
                "Emulation.setDeviceMetricsOverride",
                Chromium.params()
                        .put("width", width)
                        .put("height", height)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", width < 600));
    }

    private JsonNode call(String method) {
        return browser.call(session, method, Chromium.params());
    }

    void event(JsonNode msg) {
        String method = msg.path("method").asText();
        JsonNode p = msg.path("params");
        switch (method) {
            case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if (p.path("type").asText().equals("error")) {
                    errors.add("console: " + p.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if (p.path("entry").path("level").asText().equals("error")) {
                    errors.add("log: " + p.path("entry").path("text").asText());
                }
            }
            default -> {}
        }
    }

    /** What the page reported as errors so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    void go(String url) {
        browser.call(session, "Page.navigate", Chromium.params().put("url", url));
    }

    void reload() {
        browser.call(session, "Page.reload", Chromium.params());
    }

    /** The value of a script expression (awaited if it is a promise), as JSON. */
    JsonNode eval(String expression) {
        JsonNode r = browser.call(
                session,
                "Runtime.evaluate",
                Chromium.params()
                        .put("expression", expression)
                        .put("returnByValue", true)
                        .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    String text(String expression) {
        return eval(expression).asText();
    }

    /** Waits until a script expression is true; fails with what it was waiting for. */
    void waitUntil(String expression, String what) {
        long until = System.currentTimeMillis() + Chromium.WAIT_MS;
        while (System.currentTimeMillis() < until) {
            try {
                if (eval("!!(" + expression + ")").asBoolean()) {
                    return;
                }
            } catch (IllegalStateException pageBetweenDocuments) {
                // Navigating: the next try finds the new document.
            }
            sleep(10);
        }
        throw new AssertionError(
                "Waited " + Chromium.WAIT_MS / 1000 + " s for " + what + " (" + expression + "); the page's errors: "
                        + errors + "; its text: " + text("document.body ? document.body.innerText : ''"));
    }

    /** Puts the focus in a field, empties it and types the text as keyboard input. */
    void type(String selector, String text) {
        eval("(() => { const e = document.querySelector(" + quote(selector) + "); e.focus(); e.value = ''; })()");
        browser.call(session, "Input.insertText", Chromium.params().put("text", text));
    }

    void select(String selector, String value) {
        eval("(() => { const e = document.querySelector(" + quote(selector) + "); e.value = " + quote(value)
                + "; e.dispatchEvent(new Event('change', {bubbles: true})); })()");
    }

    void click(String selector) {
        eval("document.querySelector(" + quote(selector) + ").click()");
    }

    /** Clicks as a person does: the page may open a tab in answer (a script's click may not). */
    void clickAsUser(String selector) {
        JsonNode r = browser.call(
                session,
                "Runtime.evaluate",
                Chromium.params()
                        .put("expression", "document.querySelector(" + quote(selector) + ").click()")
                        .put("userGesture", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("click failed: " + selector + ": " + r.get("exceptionDetails"));
        }
    }

    /** Presses and releases a key as the keyboard does ("Enter", " " for the space bar). */
    void pressKey(String key) {
        for (String type : new String[] {"keyDown", "keyUp"}) {
            browser.call(
                    session,
                    "Input.dispatchKeyEvent",
                    Chromium.params().put("type", type).put("key", key));
        }
    }

    void screenshot(Path file) throws IOException {
        JsonNode r = browser.call(
                session,
                "Page.captureScreenshot",
                Chromium.params().put("format", "png").put("captureBeyondViewport", false));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
    }

    static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
