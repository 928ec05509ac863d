package org.aimnav.recommender.engine;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Program;

/**
 * How well a program's audiences fit a learner's role: 1 when the program names the role;
 * otherwise the closest named audience's affinity: engineer and data scientist (0.6), executive
 * and administrator (0.6), researcher and data scientist (0.4), researcher and student (0.4), any
 * other pair 0. Computed once per catalog version.
 */
final class RoleFit {

	private RoleFit() {
	}

	static float fit(Audience role, Program program) {
		float best = 0;
		for (Audience audience : program.audiences()) {
			best = Math.max(best, affinity(role, audience));
		}
		return best;
	}

	/** The named audience closest to the role, for the explanation; {@code null} when none is close. */
	static Audience closest(Audience role, Program program) {
		Audience closest = null;
		float best = 0;
		for (Audience audience : program.audiences()) {
			float affinity = affinity(role, audience);
			if (affinity > best) {
				best = affinity;
				closest = audience;
			}
		}
		return closest;
	}

	static float affinity(Audience a, Audience b) {
		if (a == b) {
			return 1f;
		}
		if (pair(a, b, Audience.ENGINEER, Audience.DATA_SCIENTIST)
				|| pair(a, b, Audience.EXECUTIVE, Audience.ADMINISTRATOR)) {
			return 0.6f;
		}
		if (pair(a, b, Audience.RESEARCHER, Audience.DATA_SCIENTIST) || pair(a, b, Audience.RESEARCHER, Audience.STUDENT)) {
			return 0.4f;
		}
		return 0f;
	}

	private static boolean pair(Audience a, Audience b, Audience x, Audience y) {
		return (a == x && b == y) || (a == y && b == x);
	}

}
