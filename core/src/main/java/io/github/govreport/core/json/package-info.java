/** The JSON form of the model ({@code facts/1}, {@code document/1}). Non-null unless marked nullable. */
@NullMarked
package io.github.govreport.core.json;

import org.jspecify.annotations.NullMarked;
