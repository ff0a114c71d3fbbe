package org.summitsim.core.rules;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Tag;

/**
 * The properties of {@link MatchPropertiesTest} over many more random walks, in the full build
 * only: the fast loop takes a hundred walks each, this run four hundred. The tag is jqwik's own,
 * since jqwik does not read JUnit Jupiter's.
 */
@Tag("integration")
@PropertyDefaults(tries = 400)
class MatchPropertiesDeepTest extends MatchPropertiesTest {}
