package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Section;
import io.github.govreport.extract.role.RoleContext;
import io.github.govreport.extract.role.RoleFeatures;
import io.github.govreport.extract.role.SentenceRoleModel;
import java.util.List;

/**
 * The kind of a number whose kind no rule decides: the role the model gives its sentence, when
 * the model is sure enough of it ({@link SentenceRoleModel#DECIDES}); else unknown. The rules come first: this is asked
 * only after them. Thread-safe; each {@link Sentence} is used by one thread.
 */
public final class ModelKinds {

    private final RoleFeatures features;
    private final SentenceRoleModel model;

    public ModelKinds(RoleFeatures features, SentenceRoleModel model) {
        this.features = features;
        this.model = model;
    }

    /** The model's kind for the numbers of one sentence, asked at most once, on first need. */
    Sentence sentence(String text, Double position) {
        return new Sentence(text, position);
    }

    /** A sentence whose numbers may need the model's kind. */
    final class Sentence {
        private final String text;
        private final Double position;
        private Kind kind;

        private Sentence(String text, Double position) {
            this.text = text;
            this.position = position;
        }

        /**
         * The kind the model gives the sentence, or UNKNOWN: asked once, with the section path and
         * report year of the first of its numbers that needs it (they all share them but for a
         * footnote's, which speaks for its marker's place); a "sentence" longer
         * than {@link RoleContext#LONGEST} (a run of text without end marks) is not asked.
         */
        Kind kind(List<Section> path, Integer reportYear) {
            if (kind == null) {
                kind = Kind.UNKNOWN;
                if (text.length() <= RoleContext.LONGEST) {
                    RoleContext context = new RoleContext(text, path.stream().map(Section::title).toList(), reportYear,
                            position);
                    SentenceRoleModel.Prediction prediction = model.predict(features.of(context));
                    kind = prediction.probability() >= SentenceRoleModel.DECIDES ? prediction.role().kind() : Kind.UNKNOWN;
                }
            }
            return kind;
        }
    }
}
