package io.github.govreport.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code govreport} command: parses the arguments and runs a subcommand. */
@Command(name = "govreport",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns Chinese government reports into typed facts.",
            "Run 'govreport help COMMAND' or 'govreport COMMAND --help' for the options of a command."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":success (extract: every input was extracted)",
            ExitCodes.FAILED + ":some inputs failed (extract writes the others), or an output could not be written",
            ExitCodes.USAGE + ":usage error"})
public final class GovReport implements Callable<Integer> {

    /** The help section, after the list of commands, that names the options several commands share. */
    private static final String SHARED_OPTIONS_SECTION = "sharedOptions";

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: that is a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform default: the output is a file format, not console text.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command with the given streams and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errText = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new GovReport())
                .addSubcommand(new ExtractCommand(in, out))
                .addSubcommand(new InspectCommand(in))
                .addSubcommand(new ReportCommand(in, out))
                .addSubcommand(new EvalCommand())
                .addSubcommand(new DiffCommand())
                .addSubcommand(new QuantitiesCommand(in))
                .addSubcommand(new PanelCommand(in, out))
                .addSubcommand(new TrackCommand(in, out))
                .addSubcommand(new CommandLine.HelpCommand())
                .setParameterExceptionHandler(GovReport::usageError)
                .setExecutionExceptionHandler(GovReport::internalError)
                .setOut(outText)
                .setErr(errText);
        describeSharedOptions(commandLine);
        ExitCodes.addSignalCodes(commandLine.getCommandSpec());
        commandLine.getSubcommands().values().forEach(sub -> ExitCodes.addSignalCodes(sub.getCommandSpec()));
        try {
            return commandLine.execute(args);
        } finally {
            outText.flush();
            errText.flush();
            out.flush();
        }
    }

    /**
     * {@code --debug} in the top-level help, after the commands: it is an option of each command
     * that reads reports, which the top level's own option list does not show.
     */
    private static void describeSharedOptions(CommandLine commandLine) {
        List<String> debuggable = new ArrayList<>();
        String description = null;
        for (var entry : commandLine.getSubcommands().entrySet()) {
            OptionSpec debug = entry.getValue().getCommandSpec().findOption("--debug");
            if (debug != null) {
                debuggable.add(entry.getKey());
                description = String.join(" ", debug.description());
            }
        }
        if (description == null) {
            return;
        }
        String text = description + " on standard error";
        commandLine.getHelpSectionMap().put(SHARED_OPTIONS_SECTION, help -> {
            Help.TextTable table = Help.TextTable.forColumnWidths(help.colorScheme(),
                    16, help.commandSpec().usageMessage().width() - 16);
            table.addRowValues("      --debug", text);
            return help.createHeading("%nShared options (" + String.join(", ", debuggable) + "):%n") + table;
        });
        List<String> keys = new ArrayList<>(commandLine.getHelpSectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING), SHARED_OPTIONS_SECTION);
        commandLine.setHelpSectionKeys(keys);
    }

    /** One line and a hint instead of picocli's default of the whole usage text. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String unknown = unknownCommand(e);
        if (unknown != null) {
            // The list of commands is the hint: no second line. (The command here is the top level.)
            err.println("govreport: unknown command '" + unknown + "' (commands: "
                    + String.join(", ", command.getSubcommands().keySet()) + ")");
            return ExitCodes.USAGE;
        }
        err.println("govreport: " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    /**
     * The word given where a command was expected ({@code govreport foo}, {@code govreport help foo}),
     * or null when the error is another.
     */
    private static String unknownCommand(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && command.getParent() == null
                && !unmatched.isUnknownOption() && !unmatched.getUnmatched().isEmpty()) {
            return unmatched.getUnmatched().get(0);
        }
        // HelpCommand reports "Unknown subcommand 'foo'." against the top-level command, with the word as value.
        if (command.getParent() == null && e.getValue() != null && e.getMessage() != null
                && e.getMessage().startsWith("Unknown subcommand")) {
            return e.getValue();
        }
        return null;
    }

    /** A bug or a broken installation: one line, the stack trace only when asked for. */
    private static int internalError(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println("govreport: internal error: " + Messages.describe(e));
        if (command.getCommand() instanceof DebugOption.Debuggable debuggable && debuggable.debug()) {
            e.printStackTrace(err);
        }
        return ExitCodes.FAILED;
    }
}
