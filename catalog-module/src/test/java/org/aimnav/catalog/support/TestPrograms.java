package org.aimnav.catalog.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.program.Program;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Programs for tests: a builder with plain defaults, and the curated catalog as shipped. */
public final class TestPrograms {

	private TestPrograms() {
	}

	public static Builder program(String programId) {
		return new Builder(programId);
	}

	/**
	 * The curated catalog the product ships, read straight from its CSV (it is valid by
	 * construction; the import's own validation is tested in the ingest module).
	 */
	public static List<Program> curated() {
		try (Reader reader = new InputStreamReader(
				TestPrograms.class.getResourceAsStream("/catalog/programs.csv"), StandardCharsets.UTF_8)) {
			List<Program> programs = new ArrayList<>();
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				programs.add(new Program(r.get("program_id"), r.get("institution"), r.get("program_name"),
						CodedValue.require(Credential.class, r.get("credential")),
						optional(DeliveryFormat.class, r.get("delivery_format")), optional(Pace.class, r.get("pace")),
						decimal(r.get("duration_months")), decimal(r.get("tuition_usd")), blank(r.get("country")),
						blank(r.get("city")),
						Arrays.stream(r.get("audiences").split(";")).map(Audience::fromCode).toList(),
						List.of(r.get("topics").split(";")), optional(PriorDegree.class, r.get("min_prior_degree")),
						blank(r.get("description")), blank(r.get("url")), blank(r.get("source_url")),
						r.get("last_verified").isBlank() ? null : LocalDate.parse(r.get("last_verified"))));
			}
			return programs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <E extends Enum<E> & CodedValue> E optional(Class<E> type, String value) {
		return value.isBlank() ? null : CodedValue.require(type, value);
	}

	private static BigDecimal decimal(String value) {
		return value.isBlank() ? null : new BigDecimal(value);
	}

	private static String blank(String value) {
		return value.isBlank() ? null : value;
	}

	/** Builds a valid program; every optional field starts blank. */
	public static final class Builder {

		private final String programId;

		private String institution = "Test University";

		private String programName;

		private Credential credential = Credential.MASTERS;

		private DeliveryFormat deliveryFormat;

		private Pace pace;

		private BigDecimal durationMonths;

		private BigDecimal tuitionUsd;

		private String country;

		private String city;

		private List<Audience> audiences = List.of(Audience.STUDENT);

		private List<String> topics = List.of("machine_learning");

		private PriorDegree minPriorDegree;

		private String description;

		private String url;

		private String sourceUrl;

		private LocalDate lastVerified;

		private Builder(String programId) {
			this.programId = programId;
			this.programName = "Program " + programId;
		}

		public Builder institution(String value) {
			this.institution = value;
			return this;
		}

		public Builder name(String value) {
			this.programName = value;
			return this;
		}

		public Builder credential(Credential value) {
			this.credential = value;
			return this;
		}

		public Builder format(DeliveryFormat value) {
			this.deliveryFormat = value;
			return this;
		}

		public Builder pace(Pace value) {
			this.pace = value;
			return this;
		}

		public Builder months(String value) {
			this.durationMonths = value == null ? null : new BigDecimal(value);
			return this;
		}

		public Builder tuition(String value) {
			this.tuitionUsd = value == null ? null : new BigDecimal(value);
			return this;
		}

		public Builder country(String value) {
			this.country = value;
			return this;
		}

		public Builder city(String value) {
			this.city = value;
			return this;
		}

		public Builder audiences(Audience... values) {
			this.audiences = List.of(values);
			return this;
		}

		public Builder topics(String... values) {
			this.topics = List.of(values);
			return this;
		}

		public Builder minPriorDegree(PriorDegree value) {
			this.minPriorDegree = value;
			return this;
		}

		public Builder description(String value) {
			this.description = value;
			return this;
		}

		public Builder url(String value) {
			this.url = value;
			return this;
		}

		public Builder sourceUrl(String value) {
			this.sourceUrl = value;
			return this;
		}

		public Builder lastVerified(String value) {
			this.lastVerified = value == null ? null : LocalDate.parse(value);
			return this;
		}

		public Program build() {
			return new Program(programId, institution, programName, credential, deliveryFormat, pace, durationMonths,
					tuitionUsd, country, city, audiences, topics, minPriorDegree, description, url, sourceUrl,
					lastVerified);
		}

	}

}
