package io.github.govreport.cli;

import io.github.govreport.corpus.Corpus;
import io.github.govreport.corpus.Evaluation;
import io.github.govreport.corpus.Gold;
import io.github.govreport.corpus.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govreport eval}: scores predicted facts against gold annotations. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scores facts (as written by 'govreport extract') against gold annotations.",
            "Prints precision, recall and F1 per document, overall, and per field. By default the gold and "
                    + "documents are the bundled seed corpus."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":scored",
            ExitCodes.FAILED + ":the predictions, gold or documents could not be read",
            ExitCodes.USAGE + ":usage error"})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", description = "a directory of <doc>.gold.jsonl files "
            + "(and <doc>.<part>.gold.jsonl with <doc>.<part>.ranges.txt) instead of the bundled gold")
    private Path goldDir;

    @Option(names = "--docs", paramLabel = "DIR", description = "a directory of the gold documents' source texts, "
            + "named <doc>.txt (default: the bundled seeds)")
    private Path docsDir;

    @Option(names = "--errors", description = "also list the missed, wrong and spurious facts with their sentences")
    private boolean errors;

    @Parameters(arity = "1", paramLabel = "PREDICTIONS.jsonl", description = "facts/2 (or facts/1) lines")
    private Path predictions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Gold gold = goldDir == null ? Gold.bundled() : Gold.load(goldDir);
            Map<String, String> texts = docsDir == null ? seedTexts() : texts(docsDir);
            var facts = PredictionsReader.read(predictions);
            if (!facts.isEmpty() && facts.stream().noneMatch(f -> gold.byDocument().containsKey(f.doc()))) {
                // Scoring would print a table of zeros: say why instead.
                err.println("govreport: " + predictions + ": none of its documents is in the gold (gold documents: "
                        + String.join(", ", new java.util.TreeSet<>(gold.byDocument().keySet()))
                        + "); document ids are the file names without extension");
                return ExitCodes.FAILED;
            }
            Evaluation evaluation = new Scorer(gold, texts::get).evaluate(facts);
            out.print(evaluation.scores().summary());
            out.println();
            out.print(evaluation.scores().table());
            if (errors) {
                out.println();
                out.print(evaluation.errors());
            }
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("govreport: " + Messages.describe(e));
            return ExitCodes.FAILED;
        }
    }

    private static Map<String, String> seedTexts() {
        Map<String, String> texts = new HashMap<>();
        Corpus.seeds().forEach(seed -> texts.put(seed.id(), seed.text()));
        return texts;
    }

    private static Map<String, String> texts(Path dir) throws IOException {
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String name = file.getFileName().toString();
                texts.put(name.substring(0, name.length() - 4), Files.readString(file));
            }
        } catch (IOException e) {
            throw new IOException(dir + ": " + Messages.describe(e), e);
        }
        if (texts.isEmpty()) {
            throw new IOException(dir + ": no <doc>.txt documents");
        }
        return texts;
    }

}
