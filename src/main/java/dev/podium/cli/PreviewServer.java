package dev.podium.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves the output folder to a browser on this machine only, and tells every open page to reload
 * when a build has rewritten it (server-sent events). It listens on the loopback address, answers
 * only requests addressed to that host, and serves regular files inside the folder, never through a
 * symbolic link out of it. The reload script is added to HTML pages as they are served; the files
 * on disk stay as the publisher wrote them.
 */
final class PreviewServer implements AutoCloseable {
  /** Where pages listen for rebuilds. */
  static final String EVENTS = "/__podium/events";

  private static final String RELOAD_SCRIPT =
      "new EventSource('" + EVENTS + "').onmessage = () => location.reload();";

  private static final String RELOAD = "<script>" + RELOAD_SCRIPT + "</script>";

  /** A page's own policy runs no script; served for preview, it may run the reload script alone. */
  private static final java.util.regex.Pattern POLICY =
      java.util.regex.Pattern.compile(
          "(<meta http-equiv=\"Content-Security-Policy\" content=\")([^\"]*)(\")");

  private static final Map<String, String> TYPES =
      Map.of(
          ".html", "text/html; charset=utf-8",
          ".svg", "image/svg+xml",
          ".pdf", "application/pdf",
          ".png", "image/png",
          ".md", "text/markdown; charset=utf-8",
          ".css", "text/css; charset=utf-8");

  private final Path root;
  private final String start;
  private final HttpServer server;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param root the output folder to serve
   * @param start the page {@code /} leads to, relative to the root
   * @param port the port to listen on; 0 for a free one
   */
  PreviewServer(Path root, Path start, int port) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.start = "/" + start.toString().replace('\\', '/');
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "podium-preview");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  /** The address to open: the start page on the loopback address and the chosen port. */
  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + start);
  }

  /** Tells every open page that the files have been rebuilt. */
  void reload() {
    for (OutputStream listener : listeners) {
      try {
        listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
        listener.flush();
      } catch (IOException e) {
        // The page was closed; it no longer listens.
        listeners.remove(listener);
      }
    }
  }

  @Override
  public void close() {
    listeners.forEach(PreviewServer::closeQuietly);
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!allowedHost(exchange)) {
        send(
            exchange,
            403,
            "text/plain; charset=utf-8",
            "forbidden".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        send(
            exchange,
            405,
            "text/plain; charset=utf-8",
            "method not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/")) {
        exchange.getResponseHeaders().add("Location", start);
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      if (path.equals(EVENTS)) {
        listen(exchange);
        return;
      }
      Path file = fileFor(path);
      if (file == null) {
        send(
            exchange,
            404,
            "text/plain; charset=utf-8",
            "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String type = typeOf(file);
      byte[] body = Files.readAllBytes(file);
      if (type.startsWith("text/html")) {
        body =
            withReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      send(exchange, 200, type, method.equals("HEAD") ? null : body);
    }
  }

  /**
   * Only requests addressed to this machine by name: a page elsewhere that resolves its own name to
   * 127.0.0.1 (DNS rebinding) is refused.
   */
  private boolean allowedHost(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      return false;
    }
    String name = host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
  }

  /** The regular file inside the root that the path names, or null. */
  private Path fileFor(String urlPath) throws IOException {
    Path candidate = root.resolve(urlPath.substring(1)).normalize();
    if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
      return null;
    }
    // Follow links only as far as they stay inside the folder.
    Path real = candidate.toRealPath();
    return real.startsWith(root.toRealPath()) ? real : null;
  }

  private void listen(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    body.write(": listening\n\n".getBytes(StandardCharsets.UTF_8));
    body.flush();
    listeners.add(body);
    // The exchange stays open: the handler's thread waits until the page goes or the server stops.
    try {
      while (listeners.contains(body)) {
        Thread.sleep(1000);
        body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
    } catch (IOException | InterruptedException e) {
      listeners.remove(body);
    }
  }

  private static String withReload(String html) {
    java.util.regex.Matcher policy = POLICY.matcher(html);
    if (policy.find()) {
      String allowed = policy.group(2) + "; script-src '" + scriptHash() + "'; connect-src 'self'";
      html =
          html.substring(0, policy.start())
              + policy.group(1)
              + allowed
              + policy.group(3)
              + html.substring(policy.end());
    }
    int end = html.lastIndexOf("</body>");
    return end < 0 ? html + RELOAD : html.substring(0, end) + RELOAD + html.substring(end);
  }

  /** The policy's name for the reload script: its SHA-256, so no other script may run. */
  private static String scriptHash() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String typeOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return TYPES.entrySet().stream()
        .filter(e -> name.endsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static void closeQuietly(OutputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // Closing a page's stream that already went: nothing to do.
    }
  }
}
