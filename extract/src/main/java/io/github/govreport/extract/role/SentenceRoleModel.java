package io.github.govreport.extract.role;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy classifier of a sentence's role (review, plan, other) over the features of
 * {@link RoleFeatures}: an OpenNLP {@link DoccatModel} whose "words" are those features. The
 * bundled model ({@code io/github/govreport/extract/model/sentence-roles.bin}) is trained by
 * {@code RoleModelTrainer} in the corpus module (docs/roles-model.md) and loaded once, on first use.
 * Immutable and thread-safe: each prediction has its own {@link DocumentCategorizerME}, which is
 * not thread-safe but costs only a small object to make.
 */
public final class SentenceRoleModel {

    /** The class-path resource of the bundled model. */
    public static final String RESOURCE = "/io/github/govreport/extract/model/sentence-roles.bin";

    /**
     * How probable the model's role must be for the extractor to take it (docs/roles-model.md: by
     * cross-validation, 98% of the numbers the rules leave unknown that the model decides at this
     * threshold are decided rightly). Below it, the kind stays unknown.
     */
    public static final double DECIDES = 0.9;

    /**
     * Training: maximum entropy fitted by L-BFGS (OpenNLP's MAXENT_QN) with an L2 penalty, on one
     * thread; a feature of fewer than six examples (two sentences, as the trainer reads each
     * sentence three ways) is left out, which keeps the model near 200 KB. Plain GIS stops far
     * from the optimum in 100 iterations and leaves the words too little weight. Neither draws
     * random numbers.
     */
    private static final int ITERATIONS = 200;
    private static final int CUTOFF = 6;
    private static final double L2_COST = 1.0;
    /** The time written into the model file for every entry, so that the same model makes the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * A role and how probable the model finds it.
     *
     * @param role        the most probable role
     * @param probability its probability, from 0 to 1
     */
    public record Prediction(SentenceRole role, double probability) {
    }

    /**
     * A training example: the features of a sentence and its role.
     *
     * @param features the features ({@link RoleFeatures})
     * @param role     the role
     */
    public record Example(List<String> features, SentenceRole role) {

        public Example {
            features = List.copyOf(features);
            Objects.requireNonNull(role, "role must not be null");
        }
    }

    private final DoccatModel model;

    private SentenceRoleModel(DoccatModel model) {
        this.model = model;
    }

    private static final class Bundled {
        static final SentenceRoleModel INSTANCE = load();

        private static SentenceRoleModel load() {
            try (InputStream in = SentenceRoleModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled role model " + RESOURCE + " is missing");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled role model " + RESOURCE, e);
            }
        }
    }

    /** The model shipped with the library, read on first use. */
    public static SentenceRoleModel bundled() {
        return Bundled.INSTANCE;
    }

    /** A model written by {@link #toBytes}; the stream is read to its end, not closed. */
    public static SentenceRoleModel read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        return new SentenceRoleModel(new DoccatModel(new ByteArrayInputStream(in.readAllBytes())));
    }

    /**
     * Trains a model on {@code examples}, in their order. The same examples give the same model,
     * and {@link #toBytes} the same bytes.
     *
     * @throws IllegalArgumentException when the examples hold fewer than two roles
     */
    public static SentenceRoleModel train(List<Example> examples) {
        if (examples.stream().map(Example::role).distinct().count() < 2) {
            throw new IllegalArgumentException("examples must hold at least two roles");
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(QNTrainer.THREADS_PARAM, 1);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        List<DocumentSample> samples = examples.stream()
                .map(e -> new DocumentSample(e.role().label(), e.features().toArray(String[]::new))).toList();
        // DocumentCategorizerME.train, with a monitor that does not log each iteration.
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        Map<String, String> manifest = new HashMap<>();
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, manifest,
                new TrainingConfiguration(new QuietMonitor(), null));
        try {
            MaxentModel maxent = trainer.train(new DocumentCategorizerEventStream(new CollectionObjectStream<>(samples),
                    factory.getFeatureGenerators()));
            return new SentenceRoleModel(new DoccatModel("zh", maxent, manifest, factory));
        } catch (IOException e) {
            throw new UncheckedIOException("training the role model failed", e);
        }
    }

    /** The most probable role of a sentence with {@code features} ({@link RoleFeatures#of}). */
    public Prediction predict(String[] features) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(features);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(SentenceRole.fromLabel(categorizer.getCategory(best)), probabilities[best]);
    }

    /**
     * The model file: OpenNLP's zip, with its entries in name order, one fixed time on each, and a
     * manifest without the training time, so that the same model is the same bytes.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            model.serialize(raw);
            TreeMap<String, byte[]> entries = new TreeMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    entries.put(entry.getName(), entry.getName().equals("manifest.properties")
                            ? stableManifest(content) : content);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (var entry : entries.entrySet()) {
                    ZipEntry zipEntry = new ZipEntry(entry.getKey());
                    zipEntry.setTimeLocal(ENTRY_TIME);
                    zip.putNextEntry(zipEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the role model failed", e);
        }
    }

    /** Training progress, unlogged: a build's output stays readable. */
    private static final class QuietMonitor implements TrainingProgressMonitor {
        private boolean finished;

        @Override
        public void finishedIteration(int iteration, int numberCorrectEvents, int totalEvents, TrainingMeasure measure,
                                      double measureValue) {
        }

        @Override
        public void finishedTraining(int iterations, StopCriteria<?> stopCriteria) {
            finished = true;
        }

        @Override
        public boolean isTrainingFinished() {
            return finished;
        }

        @Override
        public void display(boolean clear) {
        }
    }

    /** The manifest's lines sorted, without the date comment and with the timestamp 0. */
    private static byte[] stableManifest(byte[] manifest) {
        String text = new String(manifest, StandardCharsets.ISO_8859_1);
        String stable = text.lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.startsWith("Timestamp=") ? "Timestamp=0" : line).sorted()
                .reduce(new StringBuilder(), (b, line) -> b.append(line).append('\n'), StringBuilder::append)
                .toString();
        return stable.getBytes(StandardCharsets.ISO_8859_1);
    }
}
