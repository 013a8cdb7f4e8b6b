package io.github.govreport.extract.quantity;

import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.extract.dict.QuantityWords;
import java.math.BigDecimal;
import java.util.Optional;

/** 居全国首位, 位居全省首位: first place in words is rank 1, after a rank scope of quantity-words.tsv. */
final class FirstPlaceForm implements WordForm {

    private static final String FIRST_PLACE = "首位";
    /** How far before 首位 the rank scope is looked for (as before 第, see {@link RejectionRules}). */
    static final int SCOPE_REACH = 12;

    private final QuantityWords words;

    FirstPlaceForm(RecognizerContext context) {
        this.words = context.words();
    }

    @Override
    public Optional<QuantityMention> at(String s, int i) {
        if (!s.startsWith(FIRST_PLACE, i) || !words.endsInRankScope(s.substring(Math.max(0, i - SCOPE_REACH), i))) {
            return Optional.empty();
        }
        return Optional.of(new QuantityMention(i, i + 2, i, Quantity.of(BigDecimal.ONE, null, OrdinalForm.RANK),
                OrdinalForm.RANK, Qualifier.EXACT));
    }
}
