package org.summitsim.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.summitsim.core.json.Json;

/**
 * The machine's own headless Chromium, driven over the Chrome DevTools Protocol: one WebSocket
 * to the browser (the JDK's client), pages attached in flat mode so every command and event
 * names its page by session. No driver to download and no browser either: tests use whatever
 * Chromium is installed (Debian: {@code apt-get install -y chromium}), or {@code SUMMIT_CHROMIUM}.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    static final long WAIT_MS = 20_000;

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Consumer<JsonNode>> sessions = new ConcurrentHashMap<>();
    private final List<BrowserPage> pages = new CopyOnWriteArrayList<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The installed Chromium, if any. */
    static Optional<Path> find() {
        return Optional.ofNullable(System.getenv("SUMMIT_CHROMIUM"))
                .map(Path::of)
                .filter(Files::isExecutable)
                .or(() -> NAMES.stream()
                        .flatMap(n -> pathEntries().stream().map(p -> p.resolve(n)))
                        .filter(Files::isExecutable)
                        .findFirst());
    }

    private static List<Path> pathEntries() {
        List<Path> out = new ArrayList<>();
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isBlank()) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    static Chromium launch(Path binary, Path profile) throws Exception {
        Process p = new ProcessBuilder(
                        binary.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--mute-audio",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String address = null;
        long until = System.currentTimeMillis() + WAIT_MS;
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while (address == null && System.currentTimeMillis() < until && (line = err.readLine()) != null) {
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on") && at >= 0) {
                address = line.substring(at).trim();
            }
        }
        if (address == null) {
            p.destroyForcibly();
            throw new IOException("Chromium did not say where its DevTools listen");
        }
        Thread drain = new Thread(
                () -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // The browser is gone.
                    }
                },
                "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        Chromium[] self = new Chromium[1];
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(address), new WebSocket.Listener() {
                    private final StringBuilder part = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        part.append(data);
                        if (last) {
                            String whole = part.toString();
                            part.setLength(0);
                            self[0].receive(whole);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(WAIT_MS, TimeUnit.MILLISECONDS);
        return self[0] = new Chromium(p, ws);
    }

    private void receive(String text) {
        JsonNode msg;
        try {
            msg = Json.mapper().readTree(text);
        } catch (IOException e) {
            return;
        }
        if (msg.has("id")) {
            CompletableFuture<JsonNode> f = waiting.remove(msg.get("id").asInt());
            if (f != null) {
                if (msg.has("error")) {
                    f.completeExceptionally(new IllegalStateException("DevTools: " + msg.get("error")));
                } else {
                    f.complete(msg.path("result"));
                }
            }
        } else if (msg.has("sessionId")) {
            Consumer<JsonNode> page = sessions.get(msg.get("sessionId").asText());
            if (page != null) {
                page.accept(msg);
            }
        }
    }

    /** Sends one DevTools command (to a page when {@code session} is not null) and waits for its result. */
    synchronized CompletableFuture<JsonNode> send(String session, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode msg = Json.mapper().createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? Json.mapper().createObjectNode() : params);
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        waiting.put(id, f);
        socket.sendText(msg.toString(), true).join();
        return f;
    }

    JsonNode call(String session, String method, ObjectNode params) {
        try {
            return send(session, method, params).get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e.getMessage(), e);
        }
    }

    static ObjectNode params() {
        return Json.mapper().createObjectNode();
    }

    /**
     * A new tab in a browser context of its own (its own storage, as another computer would have),
     * with a window of the given size.
     */
    BrowserPage open(int width, int height) {
        String context = call(null, "Target.createBrowserContext", params())
                .get("browserContextId")
                .asText();
        String target = call(
                        null,
                        "Target.createTarget",
                        params().put("url", "about:blank").put("browserContextId", context))
                .get("targetId")
                .asText();
        String session = call(
                        null,
                        "Target.attachToTarget",
                        params().put("targetId", target).put("flatten", true))
                .get("sessionId")
                .asText();
        BrowserPage page = new BrowserPage(this, session, context);
        sessions.put(session, page::event);
        page.start(width, height);
        pages.add(page);
        return page;
    }

    /** The addresses of the open tabs (not the browser's own pages). */
    List<String> tabs() {
        List<String> out = new ArrayList<>();
        call(null, "Target.getTargets", params()).path("targetInfos").forEach(t -> {
            if (t.path("type").asText().equals("page")) {
                out.add(t.path("url").asText());
            }
        });
        return out;
    }

    /**
     * Waits for a tab a page opened itself (a link with target=_blank, window.open) to show an
     * address {@code where} accepts, then attaches to it.
     */
    BrowserPage opened(java.util.function.Predicate<String> where, int width, int height) {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < until) {
            for (JsonNode t : call(null, "Target.getTargets", params()).path("targetInfos")) {
                if (t.path("type").asText().equals("page")
                        && !t.path("attached").asBoolean()
                        && where.test(t.path("url").asText())) {
                    String session = call(
                                    null,
                                    "Target.attachToTarget",
                                    params().put("targetId", t.path("targetId").asText())
                                            .put("flatten", true))
                            .get("sessionId")
                            .asText();
                    BrowserPage page = new BrowserPage(this, session, null);
                    sessions.put(session, page::event);
                    page.start(width, height);
                    pages.add(page);
                    return page;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No tab opened at the address wanted; the tabs: " + tabs());
    }

    @Override
    public void close() {
        try {
            send(null, "Browser.close", null).get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Killed below anyway.
        }
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
