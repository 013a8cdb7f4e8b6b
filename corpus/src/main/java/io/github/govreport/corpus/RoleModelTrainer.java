package io.github.govreport.corpus;

import io.github.govreport.extract.role.SentenceRole;
import io.github.govreport.extract.role.SentenceRoleModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the bundled role model (docs/roles-model.md) from the reports of a checkout
 * ({@link RoleReports}) and writes it where the extractor loads it from. Deterministic: the same
 * checkout gives the same bytes. Run from the checkout's root:
 *
 * <pre>{@code mvn -B -ntp -q -pl corpus -am compile exec:java@train-roles}</pre>
 *
 * <p>Arguments: the checkout's root (default {@code .}) and the model file (default
 * {@code extract/src/main/resources/io/github/govreport/extract/model/sentence-roles.bin} under the root).
 */
public final class RoleModelTrainer {

    /** Where the bundled model is, from the checkout's root. */
    static final Path MODEL = Path.of("extract/src/main/resources" + SentenceRoleModel.RESOURCE);

    private RoleModelTrainer() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = args.length > 1 ? Path.of(args[1]) : root.resolve(MODEL);
        long start = System.nanoTime();
        List<RoleReports.Report> reports = RoleReports.load(root);
        List<RoleExamples.Labelled> labelled = RoleExamples.collect(reports);
        SentenceRoleModel model = SentenceRoleModel.train(labelled.stream().map(RoleExamples.Labelled::example).toList());
        byte[] bytes = model.toBytes();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes);

        Map<String, Long> groups = new TreeMap<>();
        reports.forEach(r -> groups.merge(r.group(), 1L, Long::sum));
        Map<RoleExamples.Source, Map<SentenceRole, Integer>> counts = new EnumMap<>(RoleExamples.Source.class);
        for (RoleExamples.Labelled l : labelled.stream().filter(l -> l.reading() == RoleExamples.Reading.FULL).toList()) {
            counts.computeIfAbsent(l.source(), s -> new EnumMap<>(SentenceRole.class))
                    .merge(l.example().role(), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "role model: %d reports %s, %d sentences %s, each read %d ways%n",
                reports.size(), groups, labelled.size() / RoleExamples.Reading.values().length, counts,
                RoleExamples.Reading.values().length);
        System.out.printf(Locale.ROOT, "wrote %s: %d bytes, sha256 %s, in %.1f s%n", out.toAbsolutePath().startsWith(root) ? root.relativize(out.toAbsolutePath()) : out,
                bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                (System.nanoTime() - start) / 1e9);
    }
}
