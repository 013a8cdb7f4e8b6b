/** The JSON form of the model ({@code facts/1}, {@code document/2}). Non-null unless marked nullable. */
@NullMarked
package io.github.govreport.core.json;

import org.jspecify.annotations.NullMarked;
