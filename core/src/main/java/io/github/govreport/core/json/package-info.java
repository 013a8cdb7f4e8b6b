/** The JSON form of the model ({@code facts/2}, {@code document/3}). Non-null unless marked nullable. */
@NullMarked
package io.github.govreport.core.json;

import org.jspecify.annotations.NullMarked;
