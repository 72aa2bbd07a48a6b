package dev.podium.cli;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.html.Chromium;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, opened on one page and driven over the DevTools protocol: read the
 * page's text, and collect what it logs as errors. The browser is found, and may be skipped, as the
 * HTML's browser test says ({@link Chromium}); missing Chromium fails the test, since CI installs
 * it.
 */
final class HeadlessChromium implements AutoCloseable {
  /** Set to 1 to skip browser tests on a machine without Chromium; CI never sets it. */
  static final String SKIP = Chromium.SKIP_VARIABLE;

  // Only a bound on how long a broken browser can hang the build; no test measures time.
  private static final long PATIENCE_SECONDS = 60;

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger ids = new AtomicInteger();

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Whether browser tests may be skipped here because the developer said so. */
  static boolean skipped() {
    return "1".equals(System.getenv(SKIP));
  }

  /** Chromium opened on {@code page}, with console and exception reporting switched on. */
  static HeadlessChromium open(URI page, Path profile) throws Exception {
    Path binary = Chromium.binary();
    if (binary == null) {
      fail("chromium is not installed (CI installs it; set " + SKIP + "=1 to skip browser tests)");
    }
    Process process;
    try {
      process =
          new ProcessBuilder(
                  binary.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--no-first-run",
                  "--remote-debugging-port=0",
                  "--user-data-dir=" + profile,
                  page.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      fail(
          "chromium is not installed (CI installs it; set "
              + SKIP
              + "=1 to skip browser tests): "
              + e.getMessage());
      throw e;
    }
    URI browser = devToolsAddress(process);
    URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
    HttpClient http = HttpClient.newHttpClient();
    String target = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (target == null && System.nanoTime() < deadline) {
      JsonNode pages =
          JSON.readTree(
              http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString())
                  .body());
      for (JsonNode p : pages) {
        if (p.path("type").asText().equals("page")) {
          target = p.path("webSocketDebuggerUrl").asText();
        }
      }
      if (target == null) {
        Thread.sleep(100);
      }
    }
    if (target == null) {
      process.destroyForcibly();
      fail("chromium opened no page for " + page);
    }
    HeadlessChromium[] self = new HeadlessChromium[1];
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(target), new Listener(() -> self[0]))
            .get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    self[0] = new HeadlessChromium(process, socket);
    self[0].call("Runtime.enable", JSON.createObjectNode());
    self[0].call("Log.enable", JSON.createObjectNode());
    return self[0];
  }

  /** The text of the page as it is shown now. */
  String text() throws Exception {
    ObjectNode params = JSON.createObjectNode();
    params.put("expression", "document.body ? document.body.innerText : ''");
    params.put("returnByValue", true);
    return call("Runtime.evaluate", params).path("result").path("result").path("value").asText();
  }

  /** Errors the page logged or threw since it was opened. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (System.nanoTime() < deadline) {
      JsonNode reply = replies.poll(100, TimeUnit.MILLISECONDS);
      if (reply != null && reply.path("id").asInt() == id) {
        return reply;
      }
    }
    throw new IllegalStateException("no reply from chromium to " + method);
  }

  private void received(JsonNode message) {
    if (message.has("id")) {
      replies.add(message);
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    if (method.equals("Runtime.exceptionThrown")) {
      errors.add(params.path("exceptionDetails").toString());
    } else if (method.equals("Runtime.consoleAPICalled")
        && params.path("type").asText().equals("error")) {
      errors.add(params.path("args").toString());
    } else if (method.equals("Log.entryAdded")
        && params.path("entry").path("level").asText().equals("error")) {
      errors.add(params.path("entry").path("text").asText());
    }
  }

  private static URI devToolsAddress(Process process) throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    for (String line; (line = err.readLine()) != null; ) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        // Keep draining the stream so that Chromium never blocks on a full pipe.
        Thread drain = new Thread(() -> err.lines().forEach(l -> {}), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        return URI.create(m.group(1));
      }
    }
    throw new IOException("chromium ended without opening its DevTools port");
  }

  @Override
  public void close() {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** Joins the frames of each message and hands it to the browser object. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Supplier<HeadlessChromium> owner;
    private final StringBuilder partial = new StringBuilder();
    private final List<JsonNode> early = new ArrayList<>();

    Listener(java.util.function.Supplier<HeadlessChromium> owner) {
      this.owner = owner;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          HeadlessChromium browser = owner.get();
          if (browser == null) {
            early.add(message);
          } else {
            early.forEach(browser::received);
            early.clear();
            browser.received(message);
          }
        } catch (IOException e) {
          // Not JSON: not the protocol; ignore it.
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
