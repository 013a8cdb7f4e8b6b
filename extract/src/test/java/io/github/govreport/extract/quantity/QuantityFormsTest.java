package io.github.govreport.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of forms is whole: every rejection rule has its place in it, once. */
class QuantityFormsTest {

    @Test
    void everyRejectionRuleStandsOnceInTheListOfForms() throws IllegalAccessException {
        List<RejectionRule> defined = new ArrayList<>();
        for (Field field : RejectionRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == RejectionRule.class) {
                defined.add((RejectionRule) field.get(null));
            }
        }
        List<RejectionRule> placed = QuantityForms.NUMBER_FORMS.stream()
                .filter(RejectionRules.Step.class::isInstance).map(RejectionRules.Step.class::cast)
                .flatMap(step -> step.rules().stream()).toList();
        assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(defined);
    }
}
