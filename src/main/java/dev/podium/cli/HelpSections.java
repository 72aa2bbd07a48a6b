package dev.podium.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How {@code --help} shows what picocli does not lay out itself: the defaults in effect for this
 * folder, and the footer's sections ({@link ManualSections}) as "Title:" lines.
 */
final class HelpSections {
  /** The help section that names where defaults come from. */
  static final String DEFAULTS = "defaults";

  private HelpSections() {}

  /** Installs the sections on the command and all its subcommands. */
  static void install(CommandLine command, DefaultValues defaults) {
    List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
    keys.remove(DEFAULTS);
    if (DefaultValues.applies(command.getCommandSpec())) {
      keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), DEFAULTS);
      command
          .getHelpSectionMap()
          .put(DEFAULTS, help -> System.lineSeparator() + defaults.describe(help.commandSpec()));
    }
    command.setHelpSectionKeys(keys);
    command
        .getHelpSectionMap()
        .put(
            UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
            help -> heading(help.commandSpec().usageMessage().footerHeading()));
    command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpSections::footer);
    command.getSubcommands().values().forEach(sub -> install(sub, defaults));
  }

  private static String heading(String title) {
    return title.isEmpty() ? "" : System.lineSeparator() + title + ":" + System.lineSeparator();
  }

  /** The footer with "== Title" lines as "Title:", and no blank line after a title. */
  private static String footer(CommandLine.Help help) {
    StringBuilder text = new StringBuilder();
    boolean afterTitle = false;
    for (String line : help.commandSpec().usageMessage().footer()) {
      if (afterTitle && line.isEmpty()) {
        continue;
      }
      afterTitle = line.startsWith(ManualSections.SECTION);
      text.append(afterTitle ? line.substring(ManualSections.SECTION.length()) + ":" : line)
          .append(System.lineSeparator());
    }
    return text.toString();
  }
}
