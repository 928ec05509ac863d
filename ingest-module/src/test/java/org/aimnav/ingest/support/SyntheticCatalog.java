package org.aimnav.ingest.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.aimnav.catalog.program.CatalogColumn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Synthetic catalogs for tests and benchmarks: deterministic for a seed, valid rows by default,
 * and optionally a share of rows that break one rule each (a bad credential, a tuition out of
 * range, an unknown topic, a bad date...). Rows look like the curated ones in size and shape
 * (about 390 bytes, a description of a few sentences), so timings mean something.
 */
public final class SyntheticCatalog {

	private static final String[] CREDENTIALS = { "phd", "masters", "graduate_certificate",
			"professional_certificate", "short_course", "executive_education" };

	private static final String[] FORMATS = { "online", "in_person", "hybrid", "" };

	private static final String[] PACES = { "full_time", "part_time", "self_paced", "" };

	private static final String[] COUNTRIES = { "US", "GB", "CA", "DE", "NL", "CH", "SG", "AU", "" };

	private static final String[] CITIES = { "Boston", "London", "Toronto", "Berlin", "Utrecht", "Zürich",
			"Singapore", "Sydney", "" };

	private static final String[] AUDIENCES = { "clinician", "researcher", "engineer", "data_scientist", "executive",
			"administrator", "student" };

	private static final String[] TOPICS = { "machine_learning", "deep_learning", "medical_imaging", "ehr_data",
			"clinical_data_science", "nlp", "generative_ai", "genomics", "precision_medicine", "drug_discovery",
			"clinical_decision_support", "ethics", "regulation_policy", "leadership_strategy", "implementation",
			"public_health", "biomedical_informatics", "statistics", "programming", "workflow_automation",
			"patient_safety", "research_methods" };

	private static final String[] DEGREES = { "none", "bachelors", "masters", "clinical_degree", "doctorate", "" };

	private static final String[] WORDS = { "clinical", "machine", "learning", "models", "for", "health", "data",
			"imaging", "patients", "hospital", "evaluation", "deployment", "ethics", "statistics", "python",
			"records", "outcomes", "research", "practice", "safety", "genomic", "decision", "support", "care",
			"teams", "leaders", "methods", "projects", "capstone", "partners" };

	/** The kinds of broken rows, one rule each, in the order they are chosen round-robin. */
	private static final String[] BREAKS = { "credential", "tuition", "topic", "date", "url", "id" };

	private final long seed;

	private final double errorRate;

	public SyntheticCatalog(long seed, double errorRate) {
		this.seed = seed;
		this.errorRate = errorRate;
	}

	/** Valid rows only. */
	public static SyntheticCatalog valid(long seed) {
		return new SyntheticCatalog(seed, 0);
	}

	public void write(Path file, int rows) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(out, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String text(int rows) {
		StringWriter out = new StringWriter();
		try {
			write(out, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** How many rows of {@code rows} this catalog breaks (the same count {@link #write} produces). */
	public int brokenRows(int rows) {
		SplittableRandom random = new SplittableRandom(seed);
		int broken = 0;
		for (int i = 0; i < rows; i++) {
			if (random.split().nextDouble() < errorRate) {
				broken++;
			}
		}
		return broken;
	}

	private void write(Writer out, int rows) throws IOException {
		CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader(CatalogColumn.headers().toArray(String[]::new))
			.setRecordSeparator("\n")
			.get()
			.print(out instanceof BufferedWriter ? out : new BufferedWriter(out));
		SplittableRandom random = new SplittableRandom(seed);
		int broken = 0;
		for (int i = 0; i < rows; i++) {
			// One independent generator per row: whether a row is broken never shifts the others.
			SplittableRandom row = random.split();
			boolean breaks = row.nextDouble() < errorRate;
			printer.printRecord(row(i, row, breaks ? BREAKS[broken++ % BREAKS.length] : null));
		}
		printer.flush();
	}

	private static List<String> row(int i, SplittableRandom r, String broken) {
		String id = String.format("synthetic-program-%07d", i);
		String credential = pick(r, CREDENTIALS);
		String tuition = r.nextInt(10) == 0 ? "" : Integer.toString(r.nextInt(0, 90_000));
		String months = r.nextInt(8) == 0 ? "" : Integer.toString(r.nextInt(1, 61));
		String country = pick(r, COUNTRIES);
		String city = country.isEmpty() ? "" : pick(r, CITIES);
		String topics = pick(r, TOPICS) + ";" + pick(r, TOPICS) + ";" + pick(r, TOPICS);
		String lastVerified = String.format("20%02d-%02d-%02d", r.nextInt(19, 26), r.nextInt(1, 13), r.nextInt(1, 29));
		String url = "https://www.example-university-" + (i % 997) + ".edu/programs/" + id;
		if (broken != null) {
			switch (broken) {
				case "credential" -> credential = "diploma";
				case "tuition" -> tuition = "-" + r.nextInt(1, 1000);
				case "topic" -> topics = topics + ";radiology";
				case "date" -> lastVerified = "31/12/2024";
				case "url" -> url = "www.example.edu/" + id;
				default -> id = "Bad Id " + i;
			}
		}
		return List.of(id, "Example University " + (i % 1013) + " School of Medicine",
				"Program in " + words(r, 3) + " " + i, credential, pick(r, FORMATS), pick(r, PACES), months, tuition,
				country, city, pick(r, AUDIENCES) + ";" + pick(r, AUDIENCES), topics, pick(r, DEGREES),
				sentence(r, 12) + " " + sentence(r, 9), url, "", lastVerified);
	}

	private static String sentence(SplittableRandom r, int words) {
		String text = words(r, words);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}

	private static String words(SplittableRandom r, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(pick(r, WORDS));
		}
		return text.toString();
	}

	private static String pick(SplittableRandom r, String[] values) {
		return values[r.nextInt(values.length)];
	}

}
