package org.aimnav.ingest.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ProblemCode;
import org.aimnav.ingest.csv.CatalogHeader;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.csv.Delimiter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RowValidatorTests {

	/** 10:00 UTC on 28 November 2026, when it is already midnight, 29 November, in UTC+14 (Kiribati). */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	private static final CatalogHeader HEADER = CatalogHeader.of(CatalogColumn.headers());

	private final RowValidator validator = new RowValidator(
			Taxonomy.load(RowValidatorTests.class.getResourceAsStream("/taxonomy/topics.json")), CLOCK, 40);

	@Test
	void aValidRowBecomesItsProgramWithValuesTrimmedAndReadLeniently() {
		CheckedRow row = check(Map.of("credential", " PHD ", "delivery_format", "In person", "pace", "Full-time",
				"duration_months", "18.50", "tuition_usd", "0", "country", "gb", "audiences",
				"Researcher; student;;researcher ", "topics", "Medical imaging;nlp;medical_imaging"));

		assertThat(row.valid()).isTrue();
		Program program = row.program();
		assertThat(program.credential()).isEqualTo(Credential.PHD);
		assertThat(program.deliveryFormat()).isEqualTo(DeliveryFormat.IN_PERSON);
		assertThat(program.pace()).isEqualTo(Pace.FULL_TIME);
		assertThat(program.durationMonths()).hasToString("18.5");
		assertThat(program.tuitionUsd()).hasToString("0");
		assertThat(program.country()).isEqualTo("GB");
		assertThat(program.audiences()).containsExactly(Audience.RESEARCHER, Audience.STUDENT);
		assertThat(program.topics()).containsExactly("medical_imaging", "nlp");
		assertThat(program.institution()).isEqualTo("Test University");
	}

	@Test
	void excelsTextProtectionIsReadAsItsTextAndOtherFormulasAsWritten() {
		CheckedRow row = check(Map.of("program_id", "=\"test-program\"", "institution", "=\"University of \"\"Edinburgh\"\"\"",
				"topics", "=\"nlp;genomics\"", "city", "=A1&\" Campus\"", "description", "=\"a\"&\"b\""));

		assertThat(row.valid()).isTrue();
		assertThat(row.program().programId()).isEqualTo("test-program");
		assertThat(row.program().institution()).isEqualTo("University of \"Edinburgh\"");
		assertThat(row.program().topics()).containsExactly("nlp", "genomics");
		assertThat(row.program().city()).as("a formula is text, as the format says").isEqualTo("=A1&\" Campus\"");
		assertThat(row.program().description()).as("a formula that computes").isEqualTo("=\"a\"&\"b\"");
		assertThat(check(Map.of("institution", "'=\"x\"")).program().institution())
			.as("the export's protection of a value that is itself =\"x\"").isEqualTo("=\"x\"");
	}

	@Test
	void aUrlOverTheLengthLimitSaysHowLongItIs() {
		assertThat(problems(Map.of("url", "https://example.edu/" + "a".repeat(2_001))))
			.extracting(ImportProblem::code, ImportProblem::message)
			.containsExactly(tuple(ProblemCode.LENGTH, "url must be at most 2,000 characters (it has 2,021)"));
	}

	@Test
	void aDateOrUrlOrNumberMessageSaysWhatTheValueMostLikelyIs() {
		Map<String, String> dates = new LinkedHashMap<>();
		dates.put("2025-02-29", "(February 2025 has no day 29)");
		dates.put("2025-04-31", "(April 2025 has no day 31)");
		dates.put("2025-13-01", "(there is no month 13)");
		dates.put("2025-03-05 00:00:00", "(without the time: 2025-03-05)");
		dates.put("2025-03-05T10:00", "(without the time: 2025-03-05)");
		dates.put("45720", "(45720 looks like a spreadsheet's day number for 2025-03-04: format the column as text, or "
				+ "write the date)");
		dates.forEach((written, hint) -> assertThat(problems(Map.of("last_verified", written))).as(written)
			.singleElement()
			.satisfies(p -> assertThat(p.message())
				.isEqualTo("last_verified must be a date written YYYY-MM-DD, such as 2025-03-31 " + hint)));
		assertThat(problems(Map.of("last_verified", "31/12/2024"))).singleElement()
			.satisfies(p -> assertThat(p.message()).endsWith("such as 2025-03-31"));

		assertThat(problems(Map.of("url", "www.example.edu/program"))).singleElement()
			.satisfies(p -> assertThat(p.message()).endsWith("(write https:// before it)"));
		assertThat(problems(Map.of("url", "ftp://example.edu/x"))).singleElement()
			.satisfies(p -> assertThat(p.message()).endsWith("such as https://www.example.edu/program"));

		for (String unknown : List.of("-", "N/A", "TBD", "?", "\u2014")) {
			assertThat(problems(Map.of("tuition_usd", unknown))).as(unknown).singleElement()
				.satisfies(p -> assertThat(p.message()).isEqualTo("tuition_usd must be a number of US dollars between 0 "
						+ "and 1,000,000; leave the cell blank when it is not known (a blank is shown as not stated)"));
		}
	}

	@Test
	void aUrlMustNameAHostALearnerCanReach() {
		for (String url : List.of("https://example/x", "https://localhost/x", "http://LOCALHOST:8080", "https://wiki.local/p",
				"https://10.0.0.1/x", "https://192.168.1.20/", "https://172.20.0.5", "http://127.0.0.1:8080/x",
				"https://[::1]/x", "https://user@intranet/x")) {
			assertThat(problems(Map.of("url", url))).as(url).singleElement().satisfies(p -> {
				assertThat(p.code()).isEqualTo(ProblemCode.URL);
				assertThat(p.message()).startsWith("url must be a public web address, such as "
						+ "https://www.example.edu/program; '").endsWith("' is not one a learner can reach (a name without "
								+ "a domain, localhost or a private network's address)");
			});
		}
		for (String url : List.of("https://www.example.edu/x", "https://93.184.216.34/x", "https://172.32.0.1/",
				"https://例え.jp/", "https://example.edu./x", "https://[2001:db8::1]/x")) {
			assertThat(problems(Map.of("url", url))).as(url).isEmpty();
		}
	}

	@Test
	void aSpreadsheetErrorValueIsNamedAsOneInAnyColumn() {
		assertThat(problems(Map.of("institution", "#REF!", "program_name", "#n/a", "tuition_usd", "#VALUE!", "city",
				"Err:502")))
			.extracting(ImportProblem::column, ImportProblem::code, ImportProblem::message)
			.containsExactly(
					tuple("institution", ProblemCode.SPREADSHEET_ERROR, "institution holds the spreadsheet error value #REF! "
							+ "instead of a value: a formula of the sheet failed; fix it, or write the value itself"),
					tuple("program_name", ProblemCode.SPREADSHEET_ERROR, "program_name holds the spreadsheet error value "
							+ "#n/a instead of a value: a formula of the sheet failed; fix it, or write the value itself"),
					tuple("tuition_usd", ProblemCode.SPREADSHEET_ERROR, "tuition_usd holds the spreadsheet error value "
							+ "#VALUE! instead of a value: a formula of the sheet failed; fix it, or write the value itself"),
					tuple("city", ProblemCode.SPREADSHEET_ERROR, "city holds the spreadsheet error value Err:502 instead "
							+ "of a value: a formula of the sheet failed; fix it, or write the value itself"));
		assertThat(problems(Map.of("institution", "#1 University", "program_name", "N/A Studies"))).isEmpty();
	}

	@Test
	void aValueHoldingRowsOfTheFileIsAQuoteProblemWhereverTheColumnsStand() {
		String row = "p-00003,Inst 3,Name 3,phd,,,,,,,student,nlp,,plain,,,";
		String closing = "p-00004,Inst 4,Name 4,phd,,,,,,,student,nlp,,Screen size 27";
		assertThat(problems(Map.of("description", "Unclosed\n" + row + "\n" + closing))).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(ProblemCode.QUOTE);
			assertThat(p.column()).isEqualTo("description");
			assertThat(p.message()).startsWith("description holds 2 rows of the file (lines 3 to 4, 'p-00003,Inst 3,");
		});

		// The id last: the rows a quote swallowed are told by the header's positions, not by their first value.
		List<String> idLast = new ArrayList<>(CatalogColumn.headers());
		idLast.remove("program_id");
		idLast.add("program_id");
		CatalogHeader header = CatalogHeader.of(idLast);
		String[] values = new String[idLast.size()];
		Arrays.fill(values, "");
		Map<String, String> given = Map.of("institution", "Inst 1", "program_name", "Name 1", "credential", "masters",
				"audiences", "student", "topics", "nlp", "program_id", "p-00004",
				"description", "Unclosed 1\nInst 2,Name 2,phd,,,,,,,student,nlp,,plain,,,,p-00002\nInst 4,Name 4,phd,,,,,,,student,nlp,,27");
		given.forEach((column, value) -> values[idLast.indexOf(column)] = value);
		assertThat(validator.check(new CsvRow(3, values, 0), header).problems()).extracting(ImportProblem::code)
			.containsExactly(ProblemCode.QUOTE);
	}

	@Test
	void inASevenColumnFileALineOfWordsIsNoRowButARowWithAMistakeIsAndSoIsAQuoteClosingAfterAnId() {
		CatalogHeader seven = CatalogHeader.of(List.of("program_id", "institution", "program_name", "credential",
				"audiences", "topics", "description"));
		String[] words = { "p-1", "U", "P", "phd", "clinician", "nlp",
				"Formats:\nonline; part time; 12 months; masters; clinicians; NLP; English\nend" };
		assertThat(validator.check(new CsvRow(2, words, 0), seven, Delimiter.SEMICOLON).problems())
			.as("a first word is a slug too, but no program id").isEmpty();
		String[] mistaken = { "p-1", "U", "P", "phd", "clinician", "nlp", "Unclosed\np-2;U;P;MSc;clinician;nlp;27" };
		assertThat(validator.check(new CsvRow(2, mistaken, 0), seven, Delimiter.SEMICOLON).problems())
			.extracting(ImportProblem::code).containsExactly(ProblemCode.QUOTE);
		// The quote opens in the description and closes after the next row's id: eight values in all.
		String[] misfit = { "p-1", "U", "P", "phd", "clinician", "nlp", "Unclosed\np-2", "Inst 2", "Name 2", "phd",
				"clinician", "nlp", "plain" };
		assertThat(validator.check(new CsvRow(2, misfit, 0), seven, Delimiter.COMMA).problems())
			.extracting(ImportProblem::code).containsExactly(ProblemCode.QUOTE);
	}

	@Test
	void lineBreaksInAValueAreLineFeedsHoweverTheFileWasConverted() {
		assertThat(RowValidator.lineFeeds("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
		assertThat(RowValidator.lineFeeds("a\r\r\nb")).as("CRLF converted to CRLF again").isEqualTo("a\nb");
		assertThat(RowValidator.lineFeeds("a\n\nb")).as("an empty line stays").isEqualTo("a\n\nb");
	}

	@Test
	void descriptionsWithListsTablesAndPunctuationAreNotTakenForRows() {
		assertThat(codes(Map.of("description", "Open to clinicians from:\nradiology, pathology, cardiology, oncology, "
				+ "dermatology, neurology, psychiatry, pediatrics, surgery, anesthesiology, ophthalmology, urology, "
				+ "nephrology, public health."))).isEmpty();
		assertThat(codes(Map.of("description", "Keywords:\nmachine-learning;deep-learning;nlp;imaging;ethics;genomics;"
				+ "statistics;programming;policy;safety;leadership;informatics;omics;devices;regulation;trials"))).isEmpty();
		assertThat(codes(Map.of("description", "Schedule:\nterm-1\tphd\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to")))
			.as("a table pasted with tabs, in a comma file").isEmpty();
		assertThat(codes(Map.of("description", "Sister programs:\nmit-ai-health, CSAIL, Boston, in person, MA, USA, "
				+ "since 2019, and, more, text, here, and, there, and, again, end"))).as("no credential in its column")
			.isEmpty();
	}

	@Test
	void aDecimalPointMayStandBeforeOrAfterTheDigits() {
		CheckedRow point = check(Map.of("duration_months", "6.", "tuition_usd", ".5"));
		CheckedRow comma = validator.check(new CsvRow(2, values(Map.of("duration_months", "12,", "tuition_usd", ",5")),
				0), HEADER, true);

		assertThat(point.program().durationMonths()).isEqualByComparingTo("6");
		assertThat(point.program().tuitionUsd()).isEqualByComparingTo("0.5");
		assertThat(comma.program().durationMonths()).isEqualByComparingTo("12");
		assertThat(comma.program().tuitionUsd()).isEqualByComparingTo("0.5");
		assertThat(problems(Map.of("duration_months", "."))).extracting(ImportProblem::code)
			.containsExactly(ProblemCode.TYPE);
		assertThat(problems(Map.of("duration_months", "6.."))).extracting(ImportProblem::code)
			.containsExactly(ProblemCode.TYPE);
	}

	@Test
	void inASemicolonOrTabFileNumbersMayHaveADecimalCommaUnlessItCouldBeAThousandsSeparator() {
		CheckedRow comma = validator.check(new CsvRow(2, values(Map.of("duration_months", "12,5", "tuition_usd",
				"45000,50")), 0), HEADER, true);
		assertThat(comma.valid()).isTrue();
		assertThat(comma.program().durationMonths()).isEqualByComparingTo("12.5");
		assertThat(comma.program().tuitionUsd()).isEqualByComparingTo("45000.5");
		CheckedRow unambiguous = validator.check(new CsvRow(2, values(Map.of("duration_months", "0,125", "tuition_usd",
				"1234,567")), 0), HEADER, true);
		assertThat(unambiguous.program().durationMonths()).isEqualByComparingTo("0.125");
		assertThat(unambiguous.program().tuitionUsd()).isEqualByComparingTo("1234.567");

		assertThat(validator.check(new CsvRow(2, values(Map.of("tuition_usd", "12,500")), 0), HEADER, true).problems())
			.singleElement()
			.satisfies(p -> {
				assertThat(p.code()).isEqualTo(ProblemCode.TYPE);
				assertThat(p.value()).isEqualTo("12,500");
				assertThat(p.message()).endsWith("'12,500' could be one number with a thousands separator or another "
						+ "with a decimal comma; write 12500 or 12,5");
			});
		// German Excel writes 5400 as 5.400 where it writes decimal commas (QA21: published as 5.4 dollars).
		assertThat(validator.check(new CsvRow(2, values(Map.of("tuition_usd", "5.400", "duration_months", "1.250")), 0),
				HEADER, true).problems()).extracting(ImportProblem::message).containsExactly(
						"duration_months must be a number of months greater than 0 and at most 120: '1.250' could be one "
								+ "number with a thousands separator or another with a decimal point; write 1250 or 1,25",
						"tuition_usd must be a number of US dollars between 0 and 1,000,000: '5.400' could be one number "
								+ "with a thousands separator or another with a decimal point; write 5400 or 5,4");
		assertThat(validator.check(new CsvRow(2, values(Map.of("tuition_usd", "12.345")), 0), HEADER, true).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.message()).as("12,345 would be refused too")
				.endsWith("; write 12345 or 12,3450"));
		assertThat(validator.check(new CsvRow(2, values(Map.of("tuition_usd", "5400.5", "duration_months", "0.125")), 0),
				HEADER, true).valid()).as("no group of three after the point, or a leading 0").isTrue();
		assertThat(problems(Map.of("tuition_usd", "5.400"))).as("in a comma-delimited file, a decimal point").isEmpty();
		assertThat(validator.check(new CsvRow(2, values(Map.of("tuition_usd", "45.000,50")), 0), HEADER, true)
			.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("one decimal comma or point"));
		assertThat(validator.check(new CsvRow(2, values(Map.of("duration_months", "130,5")), 0), HEADER, true)
			.problems()).singleElement().satisfies(p -> {
				assertThat(p.code()).isEqualTo(ProblemCode.RANGE);
				assertThat(p.value()).as("as written").isEqualTo("130,5");
			});
		assertThat(problems(Map.of("duration_months", "12,5"))).as("in a comma-delimited file")
			.singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.TYPE));
	}

	@Test
	void aValueQuotedInAMessageIsCutBetweenCharactersNeverInsideOne() {
		String brain = "\uD83E\uDDE0";

		assertThat(RowValidator.quote("a".repeat(60) + brain + "tail")).isEqualTo("'" + "a".repeat(60) + "…'");
		assertThat(RowValidator.quote("a".repeat(59) + brain + "tail")).isEqualTo("'" + "a".repeat(59) + brain + "…'");
		assertThat(RowValidator.quote("a".repeat(59) + brain)).as("60 characters, 61 UTF-16 units")
			.isEqualTo("'" + "a".repeat(59) + brain + "'");
		assertThat(RowValidator.quote("short")).isEqualTo("'short'");
	}

	@Test
	void anOffendingValueIsShortenedByCharactersAsTheLengthRuleCountsThem() {
		String brain = "\uD83E\uDDE0";

		assertThat(problems(Map.of("city", brain.repeat(101)))).singleElement().satisfies(p -> {
			assertThat(p.message()).isEqualTo("city must be at most 100 characters (it has 101)");
			assertThat(p.value()).as("40 emoji, not 20").isEqualTo(brain.repeat(40) + "…");
		});
	}

	@Test
	void numbersOutsideTheirRangeOrNotNumbersAtAllGetTheRuleInTheirMessage() {
		assertThat(problems(Map.of("tuition_usd", "1000000.01"))).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(ProblemCode.RANGE);
			assertThat(p.message()).isEqualTo("tuition_usd must be a number of US dollars between 0 and 1,000,000");
			assertThat(p.value()).isEqualTo("1000000.01");
		});
		assertThat(problems(Map.of("tuition_usd", "$18,000"))).singleElement()
			.satisfies(p -> assertThat(p.message()).isEqualTo("tuition_usd must be a number of US dollars between 0 and "
					+ "1,000,000, written with digits and a decimal point only (no currency sign, no thousands separator)"));
		assertThat(codes(Map.of("duration_months", "0"))).containsExactly(ProblemCode.RANGE);
		assertThat(codes(Map.of("duration_months", "120"))).isEmpty();
		assertThat(codes(Map.of("duration_months", "1e2"))).containsExactly(ProblemCode.TYPE);
		assertThat(codes(Map.of("duration_months", "1.23456"))).containsExactly(ProblemCode.TYPE);
		assertThat(codes(Map.of("tuition_usd", "-5"))).containsExactly(ProblemCode.RANGE);
		assertThat(codes(Map.of("tuition_usd", "0"))).isEmpty();
		assertThat(codes(Map.of("tuition_usd", "-0"))).as("a sign, as in duration_months").containsExactly(ProblemCode.RANGE);
		assertThat(codes(Map.of("duration_months", "-0"))).containsExactly(ProblemCode.RANGE);
	}

	@Test
	void aTaxonomySynonymOrACloseSpellingIsSuggestedForAnUnknownTopic() {
		assertThat(problems(Map.of("topics", "nlp;radiology;machine_lerning;quantum"))).extracting(ImportProblem::message)
			.containsExactly("'radiology' is not a topic of the taxonomy; did you mean medical_imaging?",
					"'machine_lerning' is not a topic of the taxonomy; did you mean machine_learning?",
					"'quantum' is not a topic of the taxonomy; topics are codes such as machine_learning or "
							+ "medical_imaging, separated by ;");
	}

	@Test
	void aCountryWrittenAsItsThreeLetterCodeOrEnglishNameGetsItsTwoLetterCode() {
		assertThat(problems(Map.of("country", "USA"))).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(ProblemCode.ENUM);
			assertThat(p.message()).contains("(USA is US)");
		});
		assertThat(problems(Map.of("country", "Germany"))).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("(Germany is DE)"));
		assertThat(problems(Map.of("country", "UK"))).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("(the United Kingdom is GB)"));
		assertThat(problems(Map.of("country", "XX"))).singleElement()
			.satisfies(p -> assertThat(p.message()).doesNotContain("(", " is "));
	}

	@Test
	void listsWithCommasInsteadOfSemicolonsGetAHint() {
		assertThat(problems(Map.of("audiences", "clinician, engineer"))).singleElement()
			.satisfies(p -> assertThat(p.message()).endsWith("separated by ; (separate entries with ; not ,)"));
	}

	@Test
	void requiredValuesAndRequiredListsMayNotBeBlank() {
		assertThat(problems(Map.of("institution", "  ", "credential", "", "audiences", " ; ; ", "topics", "")))
			.extracting(ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple("institution", ProblemCode.REQUIRED), tuple("credential", ProblemCode.REQUIRED),
					tuple("audiences", ProblemCode.REQUIRED), tuple("topics", ProblemCode.REQUIRED));
	}

	@Test
	void programIdsAreSlugs() {
		assertThat(codes(Map.of("program_id", "ab"))).containsExactly(ProblemCode.PATTERN);
		assertThat(codes(Map.of("program_id", "-abc"))).containsExactly(ProblemCode.PATTERN);
		assertThat(codes(Map.of("program_id", "a".repeat(81)))).containsExactly(ProblemCode.PATTERN);
		assertThat(codes(Map.of("program_id", "a".repeat(80)))).isEmpty();
		assertThat(problems(Map.of("program_id", "MIT-AI"))).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("(write it in lower case)"));
	}

	@Test
	void countriesAreIsoCodes() {
		assertThat(problems(Map.of("country", "UK"))).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("(the United Kingdom is GB)"));
		assertThat(codes(Map.of("country", "USA"))).containsExactly(ProblemCode.ENUM);
		assertThat(codes(Map.of("country", "XX"))).containsExactly(ProblemCode.ENUM);
	}

	@Test
	void urlsAreAbsoluteHttpOrHttps() {
		assertThat(codes(Map.of("url", "https://www.example.edu/a?b=c"))).isEmpty();
		assertThat(codes(Map.of("url", "HTTP://EXAMPLE.EDU"))).isEmpty();
		assertThat(codes(Map.of("url", "www.example.edu"))).containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("url", "javascript:alert(1)"))).containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("source_url", "https://exa mple.edu"))).containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("url", "https://例え.jp/プログラム", "source_url", "https://bücher.example:8443/k"))).isEmpty();
		assertThat(codes(Map.of("url", "https://例 え.jp/"))).containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("url", "https://例え..jp/"))).containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("url", "https://example.edu:65535/"))).isEmpty();
		assertThat(codes(Map.of("url", "https://example.edu:0/"))).as("no server listens on port 0").containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("url", "https://example.edu:65536/"))).containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("url", "https://例え.jp:99999/"))).containsExactly(ProblemCode.URL);
		assertThat(codes(Map.of("url", "https://example.edu/" + "a".repeat(2000)))).containsExactly(ProblemCode.LENGTH);
	}

	@Test
	void datesAreIsoAndNotInTheFutureAnywhereOnEarth() {
		assertThat(codes(Map.of("last_verified", "2026-11-28"))).isEmpty();
		assertThat(codes(Map.of("last_verified", "2026-11-29"))).as("already today in Kiribati").isEmpty();
		assertThat(codes(Map.of("last_verified", "2026-11-30"))).containsExactly(ProblemCode.DATE);
		assertThat(codes(Map.of("last_verified", "2024-02-30"))).containsExactly(ProblemCode.DATE);
		assertThat(codes(Map.of("last_verified", "2024-2-3"))).containsExactly(ProblemCode.DATE);
		assertThat(codes(Map.of("last_verified", "2000-01-01"))).isEmpty();
		assertThat(problems(Map.of("last_verified", "0025-03-31"))).singleElement()
			.satisfies(p -> assertThat(p.message()).isEqualTo("last_verified is before 2000; it says when a curator last "
					+ "checked the row against its source (write the year in full: 2025, not 25)"));
		assertThat(codes(Map.of("last_verified", "0000-01-01"))).containsExactly(ProblemCode.DATE);
	}

	@Test
	void controlCharactersAndReplacementCharactersAreEncodingProblems() {
		assertThat(problems(Map.of("city", "Bos\u0000ton"))).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(ProblemCode.ENCODING);
			assertThat(p.message()).isEqualTo("city contains a control character (U+0000); remove it");
		});
		assertThat(problems(Map.of("program_name", "Caf\uFFFD AI"))).singleElement()
			.satisfies(p -> assertThat(p.message()).startsWith("program_name contains U+FFFD (a replacement character)"));
		assertThat(problems(Map.of("institution", "Two\nlines"))).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("a line break (only the description may span lines)"));
		assertThat(codes(Map.of("description", "Two\r\nlines\tand a tab"))).isEmpty();
	}

	@Test
	void decomposedAccentsAreComposedSoTheyCountAndMatchAsOneCharacter() {
		String decomposed = "e\u0301";
		assertThat(codes(Map.of("city", decomposed.repeat(100)))).isEmpty();
		assertThat(check(Map.of("city", "Montr" + decomposed + "al")).program().city()).isEqualTo("Montr\u00e9al");
		assertThat(check(Map.of("city", "Z\u00fcrich")).program().city()).isEqualTo("Z\u00fcrich");
	}

	@Test
	void textsHaveTheirMaximumLengthInCharactersNotBytes() {
		assertThat(codes(Map.of("city", "ü".repeat(100)))).isEmpty();
		assertThat(problems(Map.of("city", "ü".repeat(101)))).singleElement().satisfies(p -> {
			assertThat(p.message()).isEqualTo("city must be at most 100 characters (it has 101)");
			assertThat(p.value()).hasSize(41).endsWith("…");
		});
	}

	@Test
	void aRowThatDoesNotLineUpWithTheHeaderIsOneProblem() {
		CheckedRow row = validator.check(new CsvRow(9, new String[] { "x-1", "U", "P" }, 0), HEADER);

		assertThat(row.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple(9L, null, ProblemCode.COLUMN_COUNT));
		assertThat(row.problems().get(0).value()).as("the row as read").isEqualTo("x-1,U,P");
		assertThat(row.programId()).isEqualTo("x-1");
	}

	@Test
	void blankValuesPastTheHeadersEndAreHarmless() {
		String[] values = values(Map.of());
		String[] longer = Arrays.copyOf(values, values.length + 2);
		longer[values.length] = "";
		longer[values.length + 1] = " ";

		assertThat(validator.check(new CsvRow(2, longer, 0), HEADER).valid()).isTrue();
	}

	@Test
	void rowsNeedNoValuesForUnnamedColumnsAtTheHeadersEnd() {
		List<String> names = new java.util.ArrayList<>(CatalogColumn.headers());
		names.add("");
		names.add(" ");
		CatalogHeader trailing = CatalogHeader.of(names);

		assertThat(validator.check(new CsvRow(2, values(Map.of()), 0), trailing).valid()).isTrue();
		String[] withValue = Arrays.copyOf(values(Map.of()), CatalogColumn.headers().size() + 2);
		withValue[withValue.length - 2] = " ";
		withValue[withValue.length - 1] = "oops";
		assertThat(validator.check(new CsvRow(5, withValue, 0), trailing).problems()).as("not lost without a word")
			.singleElement()
			.satisfies(p -> {
				assertThat(p.code()).isEqualTo(ProblemCode.COLUMN_COUNT);
				assertThat(p.line()).isEqualTo(5);
				assertThat(p.value()).isEqualTo("oops");
				assertThat(p.message()).startsWith("This row has a value in column " + withValue.length
						+ ", which the header leaves without a name");
			});
		String[] short1 = Arrays.copyOf(values(Map.of()), CatalogColumn.headers().size() - 1);
		assertThat(validator.check(new CsvRow(3, short1, 0), trailing).problems()).extracting(ImportProblem::code)
			.containsExactly(ProblemCode.COLUMN_COUNT);
	}

	@Test
	void aFormulaThatAnExportProtectedWithAnApostropheIsReadBackWithoutIt() {
		CheckedRow row = check(Map.of("institution", "'=HYPERLINK(\"http://x\")", "city", "'-2", "program_name",
				"'Quoted' name", "description", "'@SUM(A1)"));

		assertThat(row.problems()).isEmpty();
		assertThat(row.program().institution()).isEqualTo("=HYPERLINK(\"http://x\")");
		assertThat(row.program().city()).isEqualTo("-2");
		assertThat(row.program().programName()).isEqualTo("'Quoted' name");
		assertThat(row.program().description()).isEqualTo("@SUM(A1)");
	}

	@Test
	void noBreakAndZeroWidthSpacesAroundValuesAreTrimmedLikeSpaces() {
		CheckedRow row = check(Map.of("country", "US\u00A0", "program_id", "\u200Buni-07\u00A0", "topics",
				"nlp;\u00A0ethics\u202F", "city", "\uFEFFBoston"));

		assertThat(row.problems()).isEmpty();
		assertThat(row.program().country()).isEqualTo("US");
		assertThat(row.program().programId()).isEqualTo("uni-07");
		assertThat(row.program().topics()).containsExactly("nlp", "ethics");
		assertThat(row.program().city()).isEqualTo("Boston");
	}

	@Test
	void aDuplicateKeepsTheRowsOwnProblemsAfterItsOwn() {
		CheckedRow row = check(Map.of("program_id", "same-id", "pace", "weekly"));

		assertThat(validator.duplicate(row, 4).problems()).extracting(ImportProblem::code)
			.containsExactly(ProblemCode.DUPLICATE_ID, ProblemCode.ENUM);
	}

	private List<ProblemCode> codes(Map<String, String> overrides) {
		return problems(overrides).stream().map(ImportProblem::code).toList();
	}

	private List<ImportProblem> problems(Map<String, String> overrides) {
		return check(overrides).problems();
	}

	private CheckedRow check(Map<String, String> overrides) {
		return validator.check(new CsvRow(2, values(overrides), 0), HEADER);
	}

	private static String[] values(Map<String, String> overrides) {
		Map<String, String> row = new LinkedHashMap<>();
		for (String column : CatalogColumn.headers()) {
			row.put(column, "");
		}
		row.putAll(Map.of("program_id", "test-program", "institution", " Test University ", "program_name", "Program",
				"credential", "masters", "audiences", "student", "topics", "nlp"));
		row.putAll(overrides);
		return row.values().toArray(String[]::new);
	}

}
