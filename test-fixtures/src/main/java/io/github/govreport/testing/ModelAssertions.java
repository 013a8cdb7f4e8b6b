package io.github.govreport.testing;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Quantity;

/**
 * Entry points of the model assertions.
 *
 * <p>Static-import {@code assertThat} from here alongside AssertJ's {@code Assertions.assertThat}:
 * Java merges the two into one set of overloads, and a {@link Fact}, {@link Document} or
 * {@link Quantity} argument picks the assertion of this class.
 */
public final class ModelAssertions {

    private ModelAssertions() {
    }

    public static FactAssert assertThat(Fact actual) {
        return new FactAssert(actual);
    }

    public static DocumentAssert assertThat(Document actual) {
        return new DocumentAssert(actual);
    }

    public static QuantityAssert assertThat(Quantity actual) {
        return new QuantityAssert(actual);
    }
}
