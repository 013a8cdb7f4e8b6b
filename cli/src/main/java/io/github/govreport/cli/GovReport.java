package io.github.govreport.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The {@code govreport} command: parses the arguments and runs a subcommand. */
@Command(name = "govreport",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns Chinese government reports into typed facts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":success (extract: every input was extracted)",
            ExitCodes.FAILED + ":some inputs failed (extract writes the others), or an output could not be written",
            ExitCodes.USAGE + ":usage error"})
public final class GovReport implements Callable<Integer> {

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
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new ExtractCommand(in, out))
                .addSubcommand(new InspectCommand(in))
                .addSubcommand(new ReportCommand(in, out))
                .addSubcommand(new EvalCommand())
                .addSubcommand(new DiffCommand())
                .addSubcommand(new QuantitiesCommand(in))
                .addSubcommand(new PanelCommand(in, out))
                .addSubcommand(new TrackCommand(in, out))
                .setParameterExceptionHandler(GovReport::usageError)
                .setExecutionExceptionHandler(GovReport::internalError)
                .setOut(outText)
                .setErr(errText);
        try {
            return commandLine.execute(args);
        } finally {
            outText.flush();
            errText.flush();
            out.flush();
        }
    }

    /** One line and a hint instead of picocli's default of the whole usage text. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("govreport: " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
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
