package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.List;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.Program;
import org.aimnav.recommender.profile.Goal;

/**
 * How well a program serves each goal, from its credential, topics and audiences alone (so it is
 * computed once per catalog version), with the words that say why:
 * <ul>
 * <li>research: a PhD (1); else teaches research methods (0.7); else aimed at researchers (0.4)</li>
 * <li>leadership: an executive program on leadership and strategy (1); an executive program (0.8);
 * covers leadership and strategy (0.7); aimed at executives (0.4)</li>
 * <li>clinical practice: for clinicians (0.4) + a certificate, short or executive format (0.35) +
 * covers clinical decision support, implementation, workflow automation or patient safety (0.25)</li>
 * <li>career change, towards degrees: master's (1), graduate certificate (0.7), PhD (0.6),
 * professional certificate (0.4), short course (0.15), executive program (0.1)</li>
 * <li>upskilling, towards short formats: short course and professional certificate (1), executive
 * program (0.8), graduate certificate (0.7), master's (0.3), PhD (0)</li>
 * </ul>
 */
final class GoalFit {

	private static final List<String> PRACTICE_TOPICS = List.of("clinical_decision_support", "implementation",
			"workflow_automation", "patient_safety");

	private GoalFit() {
	}

	static float fit(Goal goal, Program program) {
		return switch (goal) {
			case RESEARCH -> {
				if (program.credential() == Credential.PHD) {
					yield 1f;
				}
				if (program.hasTopic("research_methods")) {
					yield 0.7f;
				}
				yield program.servesAudience(Audience.RESEARCHER) ? 0.4f : 0f;
			}
			case LEADERSHIP -> {
				boolean executive = program.credential() == Credential.EXECUTIVE_EDUCATION;
				boolean leadership = program.hasTopic("leadership_strategy");
				if (executive) {
					yield leadership ? 1f : 0.8f;
				}
				if (leadership) {
					yield 0.7f;
				}
				yield program.servesAudience(Audience.EXECUTIVE) ? 0.4f : 0f;
			}
			case CLINICAL_PRACTICE -> (program.servesAudience(Audience.CLINICIAN) ? 0.4f : 0f)
					+ (practical(program.credential()) ? 0.35f : 0f) + (practiceTopic(program) != null ? 0.25f : 0f);
			case CAREER_CHANGE -> switch (program.credential()) {
				case MASTERS -> 1f;
				case GRADUATE_CERTIFICATE -> 0.7f;
				case PHD -> 0.6f;
				case PROFESSIONAL_CERTIFICATE -> 0.4f;
				case SHORT_COURSE -> 0.15f;
				case EXECUTIVE_EDUCATION -> 0.1f;
			};
			case UPSKILLING -> switch (program.credential()) {
				case SHORT_COURSE, PROFESSIONAL_CERTIFICATE -> 1f;
				case EXECUTIVE_EDUCATION -> 0.8f;
				case GRADUATE_CERTIFICATE -> 0.7f;
				case MASTERS -> 0.3f;
				case PHD -> 0f;
			};
		};
	}

	/** What makes the program fit the goal, or {@code null} when nothing does. */
	static String because(Goal goal, Program program) {
		return switch (goal) {
			case RESEARCH -> {
				if (program.credential() == Credential.PHD) {
					yield "a PhD";
				}
				if (program.hasTopic("research_methods")) {
					yield "teaches research methods";
				}
				yield program.servesAudience(Audience.RESEARCHER) ? "aimed at researchers" : null;
			}
			case LEADERSHIP -> {
				boolean executive = program.credential() == Credential.EXECUTIVE_EDUCATION;
				boolean leadership = program.hasTopic("leadership_strategy");
				if (executive) {
					yield leadership ? "an executive program on leadership and strategy" : "an executive program";
				}
				if (leadership) {
					yield "covers leadership and strategy";
				}
				yield program.servesAudience(Audience.EXECUTIVE) ? "aimed at executives" : null;
			}
			case CLINICAL_PRACTICE -> {
				List<String> parts = new ArrayList<>();
				if (program.servesAudience(Audience.CLINICIAN)) {
					parts.add("for clinicians");
				}
				if (practical(program.credential())) {
					parts.add(Phrases.aCredential(program.credential()));
				}
				String topic = practiceTopic(program);
				if (topic != null) {
					parts.add("covers " + topic.replace('_', ' '));
				}
				yield parts.isEmpty() ? null : String.join(", ", parts);
			}
			case CAREER_CHANGE, UPSKILLING -> fit(goal, program) > 0 ? Phrases.aCredential(program.credential()) : null;
		};
	}

	private static boolean practical(Credential credential) {
		return credential == Credential.PROFESSIONAL_CERTIFICATE || credential == Credential.SHORT_COURSE
				|| credential == Credential.GRADUATE_CERTIFICATE || credential == Credential.EXECUTIVE_EDUCATION;
	}

	private static String practiceTopic(Program program) {
		for (String topic : PRACTICE_TOPICS) {
			if (program.hasTopic(topic)) {
				return topic;
			}
		}
		return null;
	}

}
