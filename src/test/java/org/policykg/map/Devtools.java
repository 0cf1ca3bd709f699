package org.policykg.map;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium driven over the DevTools protocol (the JDK's WebSocket client, no driver library): navigate,
 * run JavaScript, click with real mouse events, take screenshots. Only localhost is involved.
 */
public final class Devtools implements AutoCloseable {
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private Devtools(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    public static Devtools launch(Path chromium, Path profile) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank"));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ws = devtoolsUrl(p);
            Matcher port = Pattern.compile("ws://127\\.0\\.0\\.1:(\\d+)/").matcher(ws);
            if (!port.find())
                throw new IllegalStateException("unexpected DevTools address " + ws);
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String pageSocket = null;
            for (JsonValue t : JSON.parseAny(list).getAsArray())
                if ("page".equals(t.getAsObject().getString("type")))
                    pageSocket = t.getAsObject().getString("webSocketDebuggerUrl");
            if (pageSocket == null)
                throw new IllegalStateException("Chromium has no page: " + list);
            Devtools[] self = new Devtools[1];
            StringBuilder partial = new StringBuilder();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        JsonObject message = JSON.parse(partial.toString());
                        partial.setLength(0);
                        if (message.hasKey("id")) {
                            CompletableFuture<JsonObject> f = self[0].pending.remove(message.get("id").getAsNumber().value().intValue());
                            if (f != null)
                                f.complete(message);
                        }
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            self[0] = new Devtools(p, socket);
            return self[0];
        } catch (Exception ex) {
            p.destroyForcibly();
            throw ex;
        }
    }

    /** Chromium prints "DevTools listening on ws://…" on stderr when it is ready; the rest of stderr is drained so it never blocks. */
    private static String devtoolsUrl(Process p) throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null)
                    if (!url.isDone() && line.contains("DevTools listening on "))
                        url.complete(line.substring(line.indexOf("ws://")).strip());
            } catch (java.io.IOException ex) {
                url.completeExceptionally(ex);
            }
            url.completeExceptionally(new IllegalStateException("Chromium exited without opening DevTools"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return url.get(60, TimeUnit.SECONDS);
    }

    public JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params == null ? new JsonObject() : params);
        socket.sendText(message.toString(), true).get(30, TimeUnit.SECONDS);
        JsonObject reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.hasKey("error"))
            throw new IllegalStateException(method + ": " + reply.get("error"));
        return reply.get("result").getAsObject();
    }

    public void navigate(String url) throws Exception {
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
    }

    /** The value of a JavaScript expression (awaited when it is a promise), as JSON. */
    public JsonValue eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject result = call("Runtime.evaluate", p);
        if (result.hasKey("exceptionDetails"))
            throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        JsonObject r = result.get("result").getAsObject();
        return r.hasKey("value") ? r.get("value") : null;
    }

    /** Polls the expression until it is true (every 100 ms, 20 s at most); false if it never was. */
    public boolean waitFor(String expression) throws Exception {
        for (int i = 0; i < 200; i++) {
            try {
                JsonValue v = eval(expression);
                if (v != null && v.isBoolean() && v.getAsBoolean().value())
                    return true;
            } catch (IllegalStateException ex) {
                // the page may be between documents while it navigates: ask again
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** A real mouse click (pressed and released) at page coordinates. */
    public void click(double x, double y) throws Exception {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            JsonObject p = new JsonObject();
            p.put("type", type);
            p.put("x", org.apache.jena.atlas.json.JsonNumber.value(x));
            p.put("y", org.apache.jena.atlas.json.JsonNumber.value(y));
            p.put("button", type.equals("mouseMoved") ? "none" : "left");
            p.put("clickCount", type.equals("mouseMoved") ? 0 : 1);
            call("Input.dispatchMouseEvent", p);
        }
    }

    public byte[] screenshot() throws Exception {
        JsonObject p = new JsonObject();
        p.put("format", "png");
        return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot", p).getString("data"));
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is stopped below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
