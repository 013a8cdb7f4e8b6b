/**
 * The Jackson trees behind the JSON form, for the project's own writers. Internal: no
 * compatibility promise (docs/api.md); programs use {@link io.github.govreport.core.json.ModelJson}.
 */
@NullMarked
package io.github.govreport.core.json.internal;

import org.jspecify.annotations.NullMarked;
