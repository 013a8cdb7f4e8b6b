package io.github.govreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium for tests, driven through the DevTools protocol over the JDK's WebSocket
 * client: no WebDriver, no dependency beyond Jackson. One page; it records the page's errors
 * (uncaught exceptions, {@code console.error}, error log entries) and every JavaScript dialog
 * (alert, confirm, prompt), which it dismisses so that the page never hangs. Every wait has a
 * timeout, and {@link #close()} kills the browser and all its processes.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Why a test is skipped when there is no browser, and how to get one. */
    static final String MISSING = "chromium is not installed; install it with: apt-get install -y chromium";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger lastId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    /** The last message sent: a WebSocket takes one send at a time, so each send waits for the one before. */
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

    private HeadlessChromium(Process process, URI page) throws IOException, InterruptedException {
        this.process = process;
        this.socket = await(HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(page, new Listener()), "connecting to the page");
        call("Page.enable", Map.of());
        call("Runtime.enable", Map.of());
        call("Log.enable", Map.of());
    }

    /** The browser on the PATH, if there is one. */
    static Optional<Path> find() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            for (String name : NAMES) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser with a fresh profile in {@code profile} (an empty directory) and connects to its page. */
    static HeadlessChromium start(Path executable, Path profile) throws IOException, InterruptedException {
        Path log = profile.resolve("chromium.log");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = awaitPort(profile.resolve("DevToolsActivePort"), process, log);
            return new HeadlessChromium(process, pageTarget(port));
        } catch (IOException | InterruptedException | RuntimeException e) {
            kill(process);
            throw e;
        }
    }

    /** Chromium writes the port it chose to this file once it listens. */
    private static int awaitPort(Path portFile, Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("chromium exited with status " + process.exitValue() + ": "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).matches("\\d+")) {
                    return Integer.parseInt(lines.get(0));
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium did not write " + portFile + " within " + TIMEOUT.toSeconds() + " s");
    }

    /** The WebSocket address of the browser's first page (the about:blank it was started with). */
    private static URI pageTarget(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(TIMEOUT).build();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode target : JSON.readTree(http.send(list, HttpResponse.BodyHandlers.ofString()).body())) {
                if (target.path("type").asText().equals("page") && target.has("webSocketDebuggerUrl")) {
                    return URI.create(target.get("webSocketDebuggerUrl").asText());
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium has no page target after " + TIMEOUT.toSeconds() + " s");
    }

    /** Sets the size of the page's viewport in CSS pixels. */
    void viewport(int width, int height) throws IOException, InterruptedException {
        call("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Loads {@code url} and waits for its load event (scripts in the page have run by then); from
     * now on {@link #errors()} and {@link #dialogs()} are this page's.
     */
    void navigate(URI url) throws IOException, InterruptedException {
        errors.clear();
        dialogs.clear();
        int seen = events.size();
        JsonNode result = call("Page.navigate", Map.of("url", url.toString()));
        if (result.hasNonNull("errorText")) {
            throw new IOException("cannot load " + url + ": " + result.get("errorText").asText());
        }
        Instant deadline = Instant.now().plus(TIMEOUT);
        // A snapshot: a view of the live list would fail when an event arrives while it is read.
        while (List.copyOf(events).stream().skip(seen)
                .noneMatch(event -> event.path("method").asText().equals("Page.loadEventFired"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException(url + " did not finish loading within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    /** The value of a JavaScript expression in the page (returned by value, so JSON-like); fails on an exception. */
    JsonNode evaluate(String expression) throws IOException, InterruptedException {
        JsonNode result = call("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page threw on `" + expression + "`: " + describe(result.get("exceptionDetails")));
        }
        return result.path("result").path("value");
    }

    /** Writes a PNG of the viewport to {@code file}. */
    void screenshot(Path file) throws IOException, InterruptedException {
        JsonNode result = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(result.get("data").asText()));
    }

    /** Uncaught exceptions, console errors and error log entries of the page so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** The messages of the JavaScript dialogs the page opened so far. */
    List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    /** Sends one command and waits for its result. */
    JsonNode call(String method, Map<String, ?> params) throws IOException, InterruptedException {
        int id = lastId.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        await(send(JSON.writeValueAsString(message)), "sending " + method);
        return await(reply, method);
    }

    private synchronized CompletableFuture<?> send(String text) {
        lastSend = lastSend.handle((ignored, error) -> null).thenCompose(ignored -> socket.sendText(text, true));
        return lastSend;
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + text);
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null && message.has("error")) {
                reply.completeExceptionally(new IOException(message.get("error").toString()));
            } else if (reply != null) {
                reply.complete(message.path("result"));
            }
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Runtime.exceptionThrown" -> errors.add("exception: " + describe(params.path("exceptionDetails")));
            case "Runtime.consoleAPICalled" -> {
                if (List.of("error", "assert").contains(params.path("type").asText())) {
                    List<String> args = new ArrayList<>();
                    params.path("args").forEach(arg -> args.add(arg.path("value").asText(arg.path("description").asText())));
                    errors.add("console." + params.path("type").asText() + ": " + String.join(" ", args));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if (entry.path("level").asText().equals("error")) {
                    errors.add("log: " + entry.path("text").asText() + " " + entry.path("url").asText(""));
                }
            }
            case "Page.javascriptDialogOpening" -> {
                dialogs.add(params.path("type").asText() + ": " + params.path("message").asText());
                // Not awaited: this runs on the socket's thread, which must stay free to receive the reply.
                ObjectNode dismiss = JSON.createObjectNode().put("id", lastId.incrementAndGet())
                        .put("method", "Page.handleJavaScriptDialog");
                dismiss.putObject("params").put("accept", false);
                CompletableFuture<?> unused = send(dismiss.toString());
            }
            default -> {
            }
        }
        events.add(message);
    }

    private static String describe(JsonNode exceptionDetails) {
        JsonNode exception = exceptionDetails.path("exception");
        return exception.path("description").asText(exceptionDetails.path("text").asText());
    }

    private static <T> T await(CompletableFuture<T> future, String what) throws IOException, InterruptedException {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no answer from chromium within " + TIMEOUT.toSeconds() + " s: " + what, e);
        } catch (ExecutionException e) {
            throw new IOException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Asks the browser to quit, so that it removes its files in /tmp, then kills whatever is left of it. */
    @Override
    public void close() {
        try {
            call("Browser.close", Map.of());
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Already gone, or not answering: killed below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            socket.abort();
            kill(process);
        }
    }

    /** Kills the browser and the processes it started (renderers, zygote), and waits until they are gone. */
    private static void kill(Process process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // Gone or stuck: nothing more a test can do about it.
            }
        }
    }

    /** Reassembles messages that arrive in parts and hands each whole one to {@link #dispatch}. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                dispatch(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failPending(new IOException("chromium closed the DevTools connection (" + statusCode + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failPending(new IOException("the DevTools connection failed: " + error, error));
        }

        private void failPending(IOException why) {
            replies.values().forEach(reply -> reply.completeExceptionally(why));
        }
    }
}
