package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Argument parsing, help, version and exit codes; nothing here reads a report. */
class GovReportTest {

    /** The commands, in the order of the top-level help. */
    private static final List<String> COMMANDS =
            List.of("extract", "inspect", "report", "eval", "diff", "quantities", "panel", "track", "help");
    /** The width of the help: picocli's default, an 80-column terminal. */
    private static final int WIDTH = 80;

    @Test
    void withoutSubcommandPrintsUsageAndExitsWithUsageError() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: govreport").contains("extract");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownOptionIsOneLineAndAHint() {
        Cli.Result result = Cli.run("extract", "--bogus", "a.txt");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "govreport: Unknown option: '--bogus'",
                "Try 'govreport extract --help' for more information.");
    }

    @Test
    void unknownFormatNamesTheFormatsThereAre() {
        Cli.Result result = Cli.run("extract", "--format", "xml", "a.txt");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines().get(0)).contains("--format").contains("jsonl, json, csv").contains("'xml'");
    }

    @Test
    void formatNameIsCaseInsensitive() {
        Cli.Result result = Cli.run("extract", "--format", "CSV", "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void missingPathIsAUsageError() {
        Cli.Result result = Cli.run("extract", "--format", "csv");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("govreport: Missing required parameter: 'PATH'");
    }

    @Test
    void unknownCommandIsOneLineNamingTheCommands() {
        String line = "govreport: unknown command 'frobnicate' (commands: " + String.join(", ", COMMANDS) + ")";
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"help", "frobnicate"})) {
            Cli.Result result = Cli.run(args);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.errLines()).as(String.join(" ", args)).containsExactly(line);
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionBeforeTheCommandIsNoUnknownCommand() {
        Cli.Result result = Cli.run("--bogus", "extract", "a.txt");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("govreport: Unknown option: '--bogus'");
    }

    @Test
    void helpListsTheSubcommandAndTheExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Usage: govreport").contains("extract").contains("Exit codes:");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void extractHelpDocumentsOptionsAndExitCodes() {
        Cli.Result result = Cli.run("extract", "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("--format=FORMAT", "-o, --output=FILE", "PATH...", "standard input")
                .contains("Exit codes:", "0     all inputs extracted", "1     some inputs failed", "2     usage error");
    }

    @Test
    void helpSubcommandShowsTheHelpOfExtract() {
        Cli.Result result = Cli.run("help", "extract");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Usage: govreport extract");
    }

    /** The version line names the commit of the build, which is the checkout's HEAD when the tests run. */
    @Test
    void versionIsTheProjectVersionAndTheCommit() throws Exception {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String line = result.out().strip();
        assertThat(line).matches("govreport \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,40}|unknown)\\)");
        String commit = line.substring(line.indexOf("(commit ") + "(commit ".length(), line.length() - 1);
        String head = gitHead();
        if (head == null) {
            assertThat(commit).as("built outside a git checkout").isEqualTo("unknown");
        } else {
            assertThat(head).as("HEAD of the checkout").startsWith(commit);
        }
    }

    @Test
    void aVersionFileThatWasNotFilteredSaysCommitUnknown() {
        Properties properties = new Properties();
        properties.setProperty("version", "0.1.0-SNAPSHOT");
        properties.setProperty("commit", "${git.commit.id.abbrev}");

        assertThat(VersionProvider.line(properties)).isEqualTo("govreport 0.1.0-SNAPSHOT (commit unknown)");
        properties.setProperty("commit", "1a2b3c4");
        assertThat(VersionProvider.line(properties)).isEqualTo("govreport 0.1.0-SNAPSHOT (commit 1a2b3c4)");
        assertThat(VersionProvider.line(new Properties())).isEqualTo("govreport (unknown version) (commit unknown)");
    }

    @Test
    void helpNamesDebugAndEveryExitStatus() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).containsSubsequence("Commands:",
                "Shared options (extract, inspect, report, panel, track):",
                "      --debug   print stack traces and the parsers' own log messages on",
                "Exit codes:");
        assertThat(exitCodes(result.outLines())).containsExactly("0", "1", "2", "130", "143");
        assertThat(result.out()).contains("130   interrupted (Ctrl-C)", "143   terminated (kill, SIGTERM)");
        for (String command : COMMANDS.subList(0, COMMANDS.size() - 1)) {
            Cli.Result help = Cli.run("help", command);
            assertThat(exitCodes(help.outLines())).as(command).containsExactly("0", "1", "2", "130", "143");
        }
    }

    @Test
    void helpFitsEightyColumns() {
        for (List<String> lines : everyHelp()) {
            assertThat(lines).as(lines.get(0)).allSatisfy(line -> assertThat(columns(line)).as(line).isLessThanOrEqualTo(WIDTH));
        }
    }

    @Test
    void theListOfCommandsGivesEachAWholeSentence() {
        List<String> lines = Cli.run("--help").outLines();
        List<String> entries = new ArrayList<>();
        for (String line : lines.subList(lines.indexOf("Commands:") + 1, lines.size())) {
            if (line.isEmpty()) {
                break;
            }
            if (line.startsWith("                ")) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            } else {
                entries.add(line.strip());
            }
        }
        assertThat(entries).extracting(entry -> entry.split(" ", -1)[0]).containsExactlyElementsOf(COMMANDS);
        assertThat(entries).allSatisfy(entry -> assertThat(entry).endsWith("."));
        assertThat(entries).contains("inspect     Shows how a report was read, before any fact.");
    }

    /**
     * A description (the text under the usage line) breaks a line only where the next word would
     * not fit, or at the end of a sentence: never in mid-phrase, as a description written as
     * pre-broken lines did ("…HTML file with each" / "report's text and…" in help report).
     */
    @Test
    void descriptionsBreakOnlyAtTheWidthOrAfterASentence() {
        for (List<String> lines : everyHelp()) {
            List<String> description = description(lines);
            assertThat(description).as(lines.get(0)).isNotEmpty();
            for (int i = 0; i + 1 < description.size(); i++) {
                String line = description.get(i);
                String nextWord = description.get(i + 1).split(" ", -1)[0];
                if (!line.endsWith(".")) {
                    // picocli keeps the last column free: a line holds at most WIDTH - 1
                    assertThat(columns(line) + 1 + columns(nextWord)).as("'%s' broken before '%s'", line, nextWord)
                            .isGreaterThanOrEqualTo(WIDTH);
                }
            }
        }
        assertThat(description(Cli.run("help", "report").outLines())).containsExactly(
                "Extracts the facts of reports and writes a review page, one self-contained HTML",
                "file.",
                "The page shows each report's text with its facts highlighted, a sortable and",
                "filterable table of the facts and a chart per indicator.",
                "A file that cannot be read is reported on standard error and on the page; the",
                "others are still on the page.");
    }

    /** The top-level help and the help of each command. */
    private static List<List<String>> everyHelp() {
        List<List<String>> helps = new ArrayList<>();
        helps.add(Cli.run("--help").outLines());
        for (String command : COMMANDS.subList(0, COMMANDS.size() - 1)) {
            Cli.Result result = Cli.run("help", command);
            assertThat(result.exitCode()).as(result.toString()).isZero();
            helps.add(result.outLines());
        }
        return helps;
    }

    /** The lines after the usage synopsis (whose continuation lines are indented) and before the options. */
    private static List<String> description(List<String> help) {
        List<String> lines = new ArrayList<>();
        int i = 1;
        while (i < help.size() && help.get(i).startsWith(" ")) {
            i++;
        }
        for (; i < help.size() && !help.get(i).isEmpty() && !help.get(i).startsWith(" "); i++) {
            lines.add(help.get(i));
        }
        return lines;
    }

    /** The codes in the "Exit codes:" list, in order. */
    private static List<String> exitCodes(List<String> help) {
        List<String> codes = new ArrayList<>();
        for (String line : help.subList(help.indexOf("Exit codes:") + 1, help.size())) {
            if (line.isEmpty() || !line.startsWith("  ")) {
                break;
            }
            String first = line.strip().split(" ", -1)[0];
            if (first.matches("\\d+")) {
                codes.add(first);
            }
        }
        return codes;
    }

    /** Terminal columns: Chinese characters and full-width marks take two, as picocli counts them. */
    private static int columns(String line) {
        return line.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }

    /** {@code git rev-parse HEAD} in the repository root, or null when it is no checkout or there is no git. */
    private static String gitHead() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(new File(".."))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
