/**
 * The typed model of facts in Chinese government reports: records and enums, immutable and
 * thread-safe. Every type is non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.govreport.core;

import org.jspecify.annotations.NullMarked;
