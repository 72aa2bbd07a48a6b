package dev.podium.cli;

import dev.podium.publish.Publication;
import dev.podium.publish.Report;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/** Prints what a publication reports, in its order, and sends a document to standard output. */
final class Reports {
  private Reports() {}

  static void replay(Publication publication, Console console) {
    for (Report report : publication.reports()) {
      switch (report) {
        case Report.Checked checked -> console.errorsOf(checked.diagnostics());
        case Report.Line line when line.level() == Report.Level.ERROR -> console.error(line.text());
        case Report.Line line -> console.warning(line.text());
      }
    }
  }

  /** The one document of a run with {@code -o -}, as text on standard output. */
  static void toStdout(Publication publication, CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    publication.files().values().stream()
        .findFirst()
        .ifPresent(bytes -> out.print(new String(bytes, StandardCharsets.UTF_8)));
    out.flush();
  }
}
