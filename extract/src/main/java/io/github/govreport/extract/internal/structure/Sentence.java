package io.github.govreport.extract.internal.structure;

/**
 * A sentence of the normalised text.
 *
 * @param start UTF-16 index of its first character in the normalised text
 * @param end   UTF-16 index after its last character
 * @param text  its characters
 * @param line  the whole line it lies on, for layout cues (a bullet at the line start)
 */
public record Sentence(int start, int end, String text, String line) {
}
