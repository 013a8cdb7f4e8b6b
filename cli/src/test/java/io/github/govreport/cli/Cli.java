package io.github.govreport.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the command in-process with captured streams. */
final class Cli {

    private Cli() {
    }

    static Result run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    static Result runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = GovReport.run(args, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    // compared and hashed by no one: the bytes are read through out() and outBytes()
    @SuppressWarnings("ArrayRecordComponent")
    record Result(int exitCode, byte[] outBytes, String err) {

        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        List<String> outLines() {
            return out().lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out() + "\n--- stderr\n" + err
                    + "\n--- stdout bytes " + Arrays.toString(Arrays.copyOf(outBytes, Math.min(8, outBytes.length)));
        }
    }
}
