package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Source;

/**
 * What is known of a sentence before any of its numbers is read, decided once for all of them.
 *
 * @param docId     the document the sentence is in
 * @param text      the sentence
 * @param layout    text, or list when its line opens with a bullet
 * @param binding   the plan's class the sentence names (约束性, 预期性), or null
 * @param announced what the lead-in of the list the sentence is in announced, or UNKNOWN
 * @param scope     the years of its passage ({@link TimeScopes})
 * @param modelKind the role model's reading of the sentence, or null for rules only
 */
record SentenceContext(String docId, String text, Source layout, Binding binding, Kind announced,
                       TimeScopes.Scope scope, ModelKinds.Sentence modelKind) {
}
