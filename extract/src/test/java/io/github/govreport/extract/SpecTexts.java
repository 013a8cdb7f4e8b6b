package io.github.govreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cell of the three spec files (fact-spec, quantity-spec, quantity-spec-seeds): about 2,000
 * report sentences and expectations, for tests that check a shortcut against the slow answer on
 * text like the reports'.
 */
public final class SpecTexts {

    private static final List<String> SPECS = List.of("fact-spec.tsv", "quantity-spec.tsv", "quantity-spec-seeds.tsv");

    private SpecTexts() {
    }

    public static List<String> all() {
        List<String> texts = new ArrayList<>();
        for (String spec : SPECS) {
            try (InputStream in = SpecTexts.class.getResourceAsStream(spec)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .forEach(line -> texts.addAll(List.of(line.split("\t"))));
            } catch (IOException e) {
                throw new UncheckedIOException(spec, e);
            }
        }
        return texts;
    }
}
