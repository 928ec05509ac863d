package org.aimnav.catalog.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.taxonomy.Topic;

/**
 * A deterministic synthetic catalog for tests and benchmarks (recommendation, statistics): the same seed and size always give the same
 * programs. Proportions follow the curated catalog's shape: many values not stated (a quarter of
 * formats, a third of paces, nearly half of tuitions), two to seven topics per program with machine
 * learning the most common, descriptions of two or three sentences built from the taxonomy's
 * labels and synonyms and common domain words (so free text matches some programs strongly and
 * many weakly, as "AI" does in real descriptions).
 */
public final class SyntheticPrograms {

	private static final String[] COUNTRIES = { "US", "US", "US", "GB", "GB", "CA", "DE", "FR", "IT", "CH", "NL",
			"SE", "SG", "IN", "AU", "MX", "AT" };

	private static final String[] SCHOOLS = { "School of Medicine", "School of Public Health", "Engineering School",
			"Executive Education", "Graduate School", "Continuing Education" };

	private static final String[] WORDS = { "AI", "clinical", "patient", "care", "data", "hospital", "health",
			"models", "practice", "tools", "safety", "research", "students", "clinicians", "engineers", "projects",
			"hands-on", "capstone", "online", "cohort", "faculty", "evaluation", "deployment", "systems", "methods",
			"images", "records", "outcomes", "teams", "leaders" };

	private static final String[] OPENINGS = { "A program that teaches", "Hands-on training in",
			"An introduction to", "Advanced study of", "A research track on", "A practical course on" };

	private SyntheticPrograms() {
	}

	public static List<Program> generate(int size, long seed, Taxonomy taxonomy) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Topic> topics = taxonomy.topics();
		int institutions = Math.max(10, size / 8);
		LocalDate reference = LocalDate.of(2026, 11, 28);
		List<Program> programs = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			Credential credential = credential(random);
			Set<String> chosen = new LinkedHashSet<>();
			if (random.nextInt(100) < 70) {
				chosen.add("machine_learning");
			}
			int topicCount = 2 + random.nextInt(6);
			while (chosen.size() < topicCount) {
				chosen.add(topics.get(random.nextInt(topics.size())).code());
			}
			List<String> topicCodes = List.copyOf(chosen);
			Topic first = taxonomy.find(topicCodes.get(0)).orElseThrow();
			Topic second = taxonomy.find(topicCodes.get(1)).orElseThrow();
			int institution = random.nextInt(institutions);
			programs.add(new Program(String.format("syn-%07d", i),
					"Institution " + institution + " (" + SCHOOLS[institution % SCHOOLS.length] + ")",
					credential.code().replace('_', ' ') + " in " + first.label() + " and " + second.label(), credential,
					pick(random, DeliveryFormat.values(), 25), pick(random, Pace.values(), 33),
					random.nextInt(100) < 35 ? null : duration(random, credential),
					random.nextInt(100) < 45 ? null : tuition(random, credential),
					random.nextInt(100) < 10 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)], null,
					audiences(random), topicCodes, pick(random, PriorDegree.values(), 50),
					description(random, taxonomy, topicCodes), "https://example.org/" + i, null,
					random.nextInt(100) < 20 ? null : reference.minusDays(random.nextInt(6 * 365))));
		}
		return programs;
	}

	private static Credential credential(SplittableRandom random) {
		int roll = random.nextInt(100);
		if (roll < 30) {
			return Credential.MASTERS;
		}
		if (roll < 45) {
			return Credential.PHD;
		}
		if (roll < 60) {
			return Credential.GRADUATE_CERTIFICATE;
		}
		if (roll < 80) {
			return Credential.PROFESSIONAL_CERTIFICATE;
		}
		return roll < 92 ? Credential.SHORT_COURSE : Credential.EXECUTIVE_EDUCATION;
	}

	private static BigDecimal duration(SplittableRandom random, Credential credential) {
		double months = switch (credential) {
			case PHD -> 36 + random.nextInt(25);
			case MASTERS -> 12 + random.nextInt(13);
			case GRADUATE_CERTIFICATE -> 6 + random.nextInt(7);
			case PROFESSIONAL_CERTIFICATE -> 1 + random.nextInt(9);
			case SHORT_COURSE -> 0.05 + random.nextDouble() * 2;
			case EXECUTIVE_EDUCATION -> 0.1 + random.nextDouble() * 6;
		};
		return BigDecimal.valueOf(months).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal tuition(SplittableRandom random, Credential credential) {
		int max = switch (credential) {
			case PHD -> 1;
			case MASTERS -> 80_000;
			case GRADUATE_CERTIFICATE -> 25_000;
			case PROFESSIONAL_CERTIFICATE -> 5_000;
			case SHORT_COURSE -> 3_000;
			case EXECUTIVE_EDUCATION -> 15_000;
		};
		return BigDecimal.valueOf(random.nextInt(max) / 100 * 100L);
	}

	private static <E> E pick(SplittableRandom random, E[] values, int blankPercent) {
		return random.nextInt(100) < blankPercent ? null : values[random.nextInt(values.length)];
	}

	private static List<Audience> audiences(SplittableRandom random) {
		Set<Audience> audiences = new LinkedHashSet<>();
		int count = 1 + random.nextInt(4);
		while (audiences.size() < count) {
			audiences.add(Audience.values()[random.nextInt(Audience.values().length)]);
		}
		return List.copyOf(audiences);
	}

	private static String description(SplittableRandom random, Taxonomy taxonomy, List<String> topicCodes) {
		StringBuilder text = new StringBuilder();
		int sentences = 2 + random.nextInt(2);
		for (int s = 0; s < sentences; s++) {
			Topic topic = taxonomy.find(topicCodes.get(random.nextInt(topicCodes.size()))).orElseThrow();
			String phrase = topic.synonyms().isEmpty() || random.nextBoolean() ? topic.label()
					: topic.synonyms().get(random.nextInt(topic.synonyms().size()));
			text.append(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ').append(phrase.toLowerCase());
			int words = 8 + random.nextInt(10);
			for (int w = 0; w < words; w++) {
				text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
			}
			text.append(". ");
		}
		return text.toString().strip();
	}

}
