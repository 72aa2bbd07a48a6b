package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server: loopback, the output folder only, and a reload for every open page. */
class PreviewServerTest {
  @TempDir Path tmp;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void servesThePageWithTheReloadScriptAndNothingOutsideTheFolder() throws Exception {
    Path out = tmp.resolve("briefs");
    Path page = Path.of("jane/m/moderator.html");
    Files.createDirectories(out.resolve(page).getParent());
    Files.writeString(out.resolve(page), "<html><body><h1>Jane</h1></body></html>");
    Files.writeString(tmp.resolve("secret.txt"), "not for the browser");
    Files.createSymbolicLink(out.resolve("jane/m/link.html"), tmp.resolve("secret.txt"));
    try (PreviewServer server = new PreviewServer(out, page, 0)) {
      URI start = server.address();
      assertThat(start.getHost()).isEqualTo("127.0.0.1");
      URI root = start.resolve("/");

      HttpResponse<String> redirect = get(root);
      assertThat(redirect.statusCode()).isEqualTo(302);
      assertThat(redirect.headers().firstValue("Location")).hasValue("/jane/m/moderator.html");

      HttpResponse<String> html = get(start);
      assertThat(html.statusCode()).isEqualTo(200);
      assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(html.body())
          .contains("<h1>Jane</h1><script>new EventSource('/__podium/events')")
          .endsWith("</body></html>");
      assertThat(Files.readString(out.resolve(page))).doesNotContain("script");

      assertThat(get(root.resolve("/jane/m/link.html")).statusCode()).isEqualTo(404);
      assertThat(raw(start.getPort(), "GET /../secret.txt HTTP/1.1", "127.0.0.1"))
          .startsWith("HTTP/1.1 404");
      assertThat(raw(start.getPort(), "GET /jane/m/moderator.html HTTP/1.1", "attacker.example"))
          .startsWith("HTTP/1.1 403");
      assertThat(raw(start.getPort(), "POST /jane/m/moderator.html HTTP/1.1", "127.0.0.1"))
          .startsWith("HTTP/1.1 405");
    }
  }

  @Test
  void everyOpenPageHearsOfARebuild() throws Exception {
    Path out = tmp.resolve("briefs");
    Files.createDirectories(out);
    try (PreviewServer server = new PreviewServer(out, Path.of("x.html"), 0);
        Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
      OutputStream request = socket.getOutputStream();
      request.write(
          ("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      request.flush();
      BufferedReader events =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      CompletableFuture<Boolean> heard =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  for (String line; (line = events.readLine()) != null; ) {
                    if (line.equals("data: reload")) {
                      return true;
                    }
                  }
                  return false;
                } catch (IOException e) {
                  return false;
                }
              });
      // Reload until the page's stream is registered and hears one.
      for (int i = 0; i < 50 && !heard.isDone(); i++) {
        server.reload();
        Thread.sleep(100);
      }
      assertThat(heard.get(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request as sent by hand, for paths and hosts a well-behaved client will not send. */
  private static String raw(int port, String requestLine, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket
          .getOutputStream()
          .write(
              (requestLine
                      + "\r\nHost: "
                      + host
                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }
}
