/**
 * The facts of many reports joined into a panel ({@link io.github.govreport.panel.Panel}) and each
 * target checked against its result ({@link io.github.govreport.panel.TargetTracker}); see
 * {@code docs/panel.md}. Every type is non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.govreport.panel;

import org.jspecify.annotations.NullMarked;
