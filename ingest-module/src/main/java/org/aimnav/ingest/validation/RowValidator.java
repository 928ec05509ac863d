package org.aimnav.ingest.validation;

import java.math.BigDecimal;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.CountryCodes;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.Decimals;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.SpreadsheetSafe;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.taxonomy.Topic;
import org.aimnav.catalog.text.Blanks;
import org.aimnav.catalog.text.Texts;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ProblemCode;
import org.aimnav.ingest.csv.CatalogHeader;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.csv.CsvRowReader;
import org.aimnav.ingest.csv.Delimiter;

/**
 * Checks one row against every rule of the catalog CSV format and collects every problem it has,
 * one per column (or per list entry) with a message a curator understands. Values are trimmed;
 * enumerated values and topics are read leniently ({@code Full-time}, {@code In person},
 * {@code PHD}); duplicate list entries are dropped. Uniqueness of program ids is a property of the
 * whole file and is checked by the writer, in file order. Immutable and thread-safe.
 */
public final class RowValidator {

	/** The latest time zone: a date that is today anywhere on Earth is not in the future. */
	private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

	private static final BigDecimal MAX_MONTHS = new BigDecimal(120);

	private static final BigDecimal MAX_TUITION = new BigDecimal(1_000_000);

	/** The scale of the numeric columns in the database. */
	private static final int MAX_DECIMALS = 4;

	/** No program of this field was checked against a web page before it. */
	private static final LocalDate EARLIEST_VERIFIED = LocalDate.of(2000, 1, 1);

	private static final int MAX_URL_LENGTH = 2000;

	private static final Pattern CRS_BEFORE_LF = Pattern.compile("\r+\n");

	/** What sheets write for a number nobody knows: a dash, n/a, TBD, a question mark. */
	private static final Pattern NOT_KNOWN = Pattern.compile(
			"[-\u2012\u2013\u2014?]+|n/?a|tb[acd]|unknown|not known|varies|none|x", Pattern.CASE_INSENSITIVE);

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

	/** Day 0 of Excel's date numbers (it takes 1900 for a leap year, so the count starts a day early). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** Excel's and LibreOffice's error values: #REF!, #N/A, #DIV/0!, #NAME?, #SPILL!, Err:502... */
	private static final Pattern SPREADSHEET_ERRORS = Pattern.compile(
			"#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|BUSY!|CONNECT!"
					+ "|PYTHON!|EXTERNAL!)|Err:\\d{3}",
			Pattern.CASE_INSENSITIVE);

	/** Columns whose values have a form of their own, by which a line of text is told for a row. */
	private static final List<CatalogColumn> FORMED = List.of(CatalogColumn.PROGRAM_ID, CatalogColumn.CREDENTIAL,
			CatalogColumn.DELIVERY_FORMAT, CatalogColumn.PACE, CatalogColumn.COUNTRY, CatalogColumn.AUDIENCES,
			CatalogColumn.TOPICS, CatalogColumn.MIN_PRIOR_DEGREE, CatalogColumn.URL, CatalogColumn.SOURCE_URL,
			CatalogColumn.LAST_VERIFIED);

	private static final int MAX_PORT = 65_535;

	private final Taxonomy taxonomy;

	/** Topic codes as written in the taxonomy: most files spell them so, and a map lookup is cheap. */
	private final Map<String, String> topicCodes;

	/** For each enumerated type, its codes as written: the common spelling, found without normalising. */
	private final Map<Class<?>, Map<String, Object>> exactCodes = new HashMap<>();

	private final Clock clock;

	private final int maxValueLength;

	public RowValidator(Taxonomy taxonomy, Clock clock, int maxValueLength) {
		this.taxonomy = taxonomy;
		this.clock = clock;
		this.maxValueLength = maxValueLength;
		this.topicCodes = new HashMap<>();
		taxonomy.codes().forEach(code -> topicCodes.put(code, code));
		for (Class<?> type : List.of(Credential.class, DeliveryFormat.class, Pace.class, Audience.class,
				PriorDegree.class)) {
			Map<String, Object> codes = new HashMap<>();
			for (Object constant : type.getEnumConstants()) {
				codes.put(((CodedValue) constant).code(), constant);
			}
			exactCodes.put(type, codes);
		}
	}

	/** A code read the way the format promises (leniently), trying its exact spelling first. */
	private <E extends Enum<E> & CodedValue> Optional<E> parseCode(Class<E> type, String value) {
		Object exact = exactCodes.get(type).get(value);
		return exact != null ? Optional.of(type.cast(exact)) : CodedValue.parse(type, value);
	}

	public CheckedRow check(CsvRow row, CatalogHeader header) {
		return check(row, header, false);
	}

	/**
	 * @param decimalComma whether numbers may be written with a decimal comma ({@code 12,5}): in
	 * files delimited by semicolons or tabs, which spreadsheets write in the locales that write
	 * numbers that way
	 */
	public CheckedRow check(CsvRow row, CatalogHeader header, boolean decimalComma) {
		return check(row, header, decimalComma ? Delimiter.SEMICOLON : Delimiter.COMMA);
	}

	/**
	 * @param delimiter the file's: numbers may be written with a decimal comma ({@code 12,5}) in
	 * files delimited by semicolons or tabs, and text is told from swallowed rows by it
	 */
	public CheckedRow check(CsvRow row, CatalogHeader header, Delimiter delimiter) {
		if (row.unreadable() != null) {
			return new CheckedRow(row.line(), row.sheetRow(), null, null, List.of(new ImportProblem(row.line(), null,
					ProblemCode.MALFORMED, row.unreadable().getMessage() + " Nothing after this line was checked.", null)
				.of(row.sheetRow(), null)));
		}
		Check check = new Check(row, header, delimiter);
		String programId = check.text(CatalogColumn.PROGRAM_ID);
		// First, whatever the row's width: a quote that closed rows later also leaves too few or too
		// many values when it opened in one column and closed in another.
		if (row.lineBreaks() && check.swallowedRows()) {
			return check.rejected(programId);
		}
		if (!check.hasRightWidth()) {
			return check.rejected(programId);
		}
		programId = check.programId();
		String institution = check.requiredText(CatalogColumn.INSTITUTION, 200);
		String programName = check.requiredText(CatalogColumn.PROGRAM_NAME, 300);
		Credential credential = check.code(CatalogColumn.CREDENTIAL, Credential.class);
		DeliveryFormat deliveryFormat = check.code(CatalogColumn.DELIVERY_FORMAT, DeliveryFormat.class);
		Pace pace = check.code(CatalogColumn.PACE, Pace.class);
		BigDecimal months = check.decimal(CatalogColumn.DURATION_MONTHS, false, MAX_MONTHS,
				"duration_months must be a number of months greater than 0 and at most 120");
		BigDecimal tuition = check.decimal(CatalogColumn.TUITION_USD, true, MAX_TUITION,
				"tuition_usd must be a number of US dollars between 0 and 1,000,000");
		String country = check.country();
		String city = check.optionalText(CatalogColumn.CITY, 100);
		List<Audience> audiences = check.audiences();
		List<String> topics = check.topics();
		PriorDegree priorDegree = check.code(CatalogColumn.MIN_PRIOR_DEGREE, PriorDegree.class);
		String description = check.optionalText(CatalogColumn.DESCRIPTION, 5000);
		String url = check.url(CatalogColumn.URL);
		String sourceUrl = check.url(CatalogColumn.SOURCE_URL);
		LocalDate lastVerified = check.date(CatalogColumn.LAST_VERIFIED);
		if (!check.problems.isEmpty()) {
			return check.rejected(programId);
		}
		return new CheckedRow(row.line(), row.sheetRow(), programId, new Program(programId, institution, programName, credential,
				deliveryFormat, pace, months, tuition, country, city, audiences, topics, priorDegree, description, url,
				sourceUrl, lastVerified), List.of());
	}

	/**
	 * The program id of a row as uniqueness counts it: trimmed, null when blank or absent. The same
	 * whether the row is valid or not, and whether it is checked or only re-read on a restart.
	 */
	public static String programIdOf(CsvRow row, CatalogHeader header) {
		return value(row, header.indexOf(CatalogColumn.PROGRAM_ID));
	}

	private static String value(CsvRow row, int index) {
		if (index < 0 || index >= row.size()) {
			return null;
		}
		String value = Blanks.strip(row.value(index));
		// An exported catalog imports back unchanged: '=x is how the export protected =x.
		String unprotected = SpreadsheetSafe.read(value);
		if (unprotected != value) {
			value = Blanks.strip(unprotected);
		}
		else {
			String text = excelText(value);
			if (text != null) {
				value = Blanks.strip(text);
			}
		}
		return value.isEmpty() ? null : composed(row.lineBreaks() ? lineFeeds(value) : value);
	}

	/**
	 * The text of Excel's text protection {@code ="00123"} (a formula that is one string, written
	 * to keep leading zeros or dates as typed), with its doubled quotes undone; null for any other
	 * value, a formula that computes something ({@code ="a"&"b"}) included.
	 */
	static String excelText(String value) {
		if (value.length() < 3 || !value.startsWith("=\"") || !value.endsWith("\"")) {
			return null;
		}
		String inside = value.substring(2, value.length() - 1);
		for (int i = 0; i < inside.length(); i++) {
			if (inside.charAt(i) == '"') {
				if (i + 1 == inside.length() || inside.charAt(i + 1) != '"') {
					return null;
				}
				i++;
			}
		}
		return inside.replace("\"\"", "\"");
	}

	/**
	 * What a spreadsheet shows when a formula of it failed ({@code #REF!}), as a curator would
	 * read it, or null for any other value. (A formula itself is text like any other value: the
	 * format keeps values that begin with {@code =} as written.)
	 */
	static String spreadsheetError(String value) {
		char first = value.charAt(0);
		// Every value of every row passes here: the pattern only for the few that could match.
		if (first != '#' && first != 'E' && first != 'e') {
			return null;
		}
		return SPREADSHEET_ERRORS.matcher(value).matches() ? "the spreadsheet error value " + value + " instead of a "
				+ "value: a formula of the sheet failed; fix it, or write the value itself" : null;
	}

	/**
	 * A value with every line break in it a LF, as the records' own line ends are read alike: a
	 * catalog saved again with CRLF (Windows) or CR (old Mac Excel) line ends holds the same text,
	 * and must not publish as a new version whose descriptions differ in invisible characters. (The
	 * reader keeps values as written, as the CSV test suites expect.)
	 */
	static String lineFeeds(String value) {
		// CR CR LF is one line break converted to CRLF twice (unix2dos run again).
		return value.indexOf('\r') < 0 ? value : CRS_BEFORE_LF.matcher(value).replaceAll("\n").replace('\r', '\n');
	}

	/**
	 * The row rejected because an earlier row of the file (on {@code firstLine}) already used its
	 * program id; its own problems, if any, follow.
	 */
	public CheckedRow duplicate(CheckedRow row, long firstLine) {
		List<ImportProblem> all = new ArrayList<>(row.problems().size() + 1);
		all.add(new ImportProblem(row.line(), CatalogColumn.PROGRAM_ID.header(), ProblemCode.DUPLICATE_ID,
				String.format("program_id %s is already used by the row on line %,d; every program id must be unique "
						+ "in the file", quote(row.programId()), firstLine),
				shorten(row.programId())).of(row.sheetRow(), shorten(row.programId())));
		all.addAll(row.problems());
		return new CheckedRow(row.line(), row.sheetRow(), row.programId(), null, all);
	}

	/** The checks of one row, collecting its problems. */
	private final class Check {

		private final CsvRow row;

		private final CatalogHeader header;

		private final boolean decimalComma;

		private final char delimiter;

		private final List<ImportProblem> problems = new ArrayList<>(0);

		Check(CsvRow row, CatalogHeader header, Delimiter delimiter) {
			this.row = row;
			this.header = header;
			// Spreadsheets write semicolons or tabs between values where they write 12,5 for numbers.
			this.decimalComma = delimiter != Delimiter.COMMA;
			this.delimiter = delimiter.character();
		}

		/**
		 * A row whose values do not line up with the header cannot be checked column by column;
		 * blank values past the header's end (a trailing delimiter) are harmless, and so are missing
		 * values of unnamed columns at the header's end (a trailing delimiter in the header only).
		 */
		boolean hasRightWidth() {
			int size = row.size();
			for (int i = header.namedSize(); i < Math.min(size, header.size()); i++) {
				if (!Blanks.isBlank(row.value(i))) {
					// The header's trailing delimiter leaves the column without a name: ignoring the
					// value would lose it without a word.
					problems.add(new ImportProblem(row.line(), null, ProblemCode.COLUMN_COUNT, String.format(
							"This row has a value in column %d, which the header leaves without a name (the header "
									+ "ends with a delimiter): name the column, or remove the value or the delimiter "
									+ "before it", i + 1),
							shorten(row.value(i))));
					return false;
				}
			}
			if (size == header.size() || (size < header.size() && size >= header.namedSize())) {
				return true;
			}
			if (size > header.size()) {
				boolean extraBlank = true;
				for (int i = header.size(); i < size && extraBlank; i++) {
					extraBlank = Blanks.isBlank(row.value(i));
				}
				if (extraBlank) {
					return true;
				}
			}
			problems.add(new ImportProblem(row.line(), null, ProblemCode.COLUMN_COUNT,
					String.format("This row has %d value%s but the header has %d columns: a delimiter is missing or "
							+ "extra (a value containing a %s must be quoted)", size, size == 1 ? "" : "s", header.size(),
							size > header.size() ? "delimiter" : "line break"),
					// The row as read, so that a character no one can see (a Ctrl-Z, a NUL) shows in the report.
					shorten(String.join(String.valueOf(delimiter), row.values()))));
			return false;
		}

		CheckedRow rejected(String programId) {
			String id = shorten(programId);
			return new CheckedRow(row.line(), row.sheetRow(), programId, null,
					problems.stream().map(problem -> problem.of(row.sheetRow(), id)).toList());
		}

		/** The trimmed value of a column, or null when blank or absent. */
		String text(CatalogColumn column) {
			return value(row, header.indexOf(column));
		}

		/** The trimmed value, or null when blank or when it has a character that must not be there. */
		String clean(CatalogColumn column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			String error = spreadsheetError(value);
			if (error != null) {
				problem(column, ProblemCode.SPREADSHEET_ERROR, column.header() + " holds " + error, value);
				return null;
			}
			String bad = badCharacter(value, column == CatalogColumn.DESCRIPTION);
			if (bad != null) {
				problem(column, ProblemCode.ENCODING, column.header() + " contains " + bad
						+ (bad.startsWith("U+FFFD") ? "; the file was probably saved in another encoding than UTF-8 at some point"
								: "; remove it"),
						value);
				return null;
			}
			return value;
		}

		String programId() {
			String raw = text(CatalogColumn.PROGRAM_ID);
			String id = clean(CatalogColumn.PROGRAM_ID);
			if (raw == null) {
				problem(CatalogColumn.PROGRAM_ID, ProblemCode.REQUIRED,
						"program_id is required: a unique slug such as mit-ms-health-ai", null);
			}
			else if (id != null && !isSlug(id)) {
				problem(CatalogColumn.PROGRAM_ID, ProblemCode.PATTERN,
						"program_id must be 3 to 80 lower-case letters, digits or hyphens, starting with a letter or digit"
								+ (isSlug(id.toLowerCase(Locale.ROOT)) ? " (write it in lower case)" : "")
								+ ", such as mit-ms-health-ai",
						id);
			}
			return raw;
		}

		String requiredText(CatalogColumn column, int maxLength) {
			String value = clean(column);
			if (text(column) == null) {
				problem(column, ProblemCode.REQUIRED, column.header() + " is required", null);
			}
			return checkLength(column, value, maxLength);
		}

		String optionalText(CatalogColumn column, int maxLength) {
			return checkLength(column, clean(column), maxLength);
		}

		private String checkLength(CatalogColumn column, String value, int maxLength) {
			int length = value == null ? 0 : value.codePointCount(0, value.length());
			if (length > maxLength) {
				// Past the reader's limit, the rest of the value was not kept: how long it was is not known.
				problem(column, ProblemCode.LENGTH, String.format("%s must be at most %,d characters (it has %s)",
						column.header(), maxLength, length > CsvRowReader.MAX_VALUE_LENGTH
								? String.format("more than %,d", CsvRowReader.MAX_VALUE_LENGTH)
								: String.format("%,d", length)), value);
				return null;
			}
			return value;
		}

		<E extends Enum<E> & CodedValue> E code(CatalogColumn column, Class<E> type) {
			String value = clean(column);
			if (value == null) {
				if (column.required() && text(column) == null) {
					problem(column, ProblemCode.REQUIRED,
							column.header() + " is required: one of " + String.join(", ", CodedValue.codes(type)), null);
				}
				return null;
			}
			Optional<E> parsed = parseCode(type, value);
			if (parsed.isEmpty()) {
				problem(column, ProblemCode.ENUM,
						column.header() + " must be one of " + String.join(", ", CodedValue.codes(type)), value);
				return null;
			}
			return parsed.get();
		}

		BigDecimal decimal(CatalogColumn column, boolean zeroAllowed, BigDecimal max, String rule) {
			String written = clean(column);
			if (written == null) {
				return null;
			}
			String value = decimalComma ? written.replace(',', '.') : written;
			if (!isDecimal(value)) {
				if (NOT_KNOWN.matcher(written).matches()) {
					problem(column, ProblemCode.TYPE, rule + "; leave the cell blank when it is not known (a blank is "
							+ "shown as not stated)", written);
					return null;
				}
				boolean decorated = written.indexOf(',') >= 0 || written.indexOf('$') >= 0 || written.indexOf(' ') >= 0;
				problem(column, ProblemCode.TYPE, rule + (!decorated ? "" : decimalComma
						? ", written with digits and one decimal comma or point only (no currency sign, no thousands "
								+ "separator)"
						: ", written with digits and a decimal point only (no currency sign, no thousands separator)"),
						written);
				return null;
			}
			// Where decimal commas are written, so are thousands points (German Excel's 5.400 is five
			// thousand four hundred): a single group of three digits after either could be both.
			char separator = written.indexOf(',') >= 0 ? ',' : '.';
			if (decimalComma && isThousandsGroup(written, separator)) {
				String decimal = new BigDecimal(value).stripTrailingZeros().toPlainString().replace('.', ',');
				// 12,345 would be refused again: a fourth decimal place tells it from a thousands group.
				if (isThousandsGroup(decimal, ',')) {
					decimal += "0";
				}
				problem(column, ProblemCode.TYPE, String.format("%s: '%s' could be one number with a thousands separator "
						+ "or another with a decimal %s; write %s or %s", rule, written, separator == ',' ? "comma" : "point",
						written.replace(String.valueOf(separator), ""), decimal), written);
				return null;
			}
			BigDecimal number = new BigDecimal(value);
			int sign = number.signum();
			// -0 is a negative number as written, whatever its value: RANGE in both columns alike.
			if (sign < 0 || value.startsWith("-") || (sign == 0 && !zeroAllowed) || number.compareTo(max) > 0) {
				problem(column, ProblemCode.RANGE, rule, written);
				return null;
			}
			if (Math.max(number.stripTrailingZeros().scale(), 0) > MAX_DECIMALS) {
				problem(column, ProblemCode.TYPE, rule + ", with at most " + MAX_DECIMALS + " decimal places", written);
				return null;
			}
			return Decimals.clean(number);
		}

		String country() {
			String value = clean(CatalogColumn.COUNTRY);
			if (value == null) {
				return null;
			}
			String code = CountryCodes.code(value);
			if (code == null) {
				problem(CatalogColumn.COUNTRY, ProblemCode.ENUM,
						"country must be an ISO 3166-1 alpha-2 code such as US or GB"
								+ CountryCodes.hint(value)
								+ ", or blank for an online-only offering with no home country",
						value);
				return null;
			}
			return code;
		}

		List<Audience> audiences() {
			List<String> entries = entries(CatalogColumn.AUDIENCES);
			if (entries == null) {
				return List.of();
			}
			Set<Audience> audiences = new LinkedHashSet<>();
			for (String entry : entries) {
				Optional<Audience> audience = parseCode(Audience.class, entry);
				if (audience.isPresent()) {
					audiences.add(audience.get());
				}
				else {
					problem(CatalogColumn.AUDIENCES, ProblemCode.ENUM, quote(entry) + " is not an audience; audiences "
							+ "are one or more of " + String.join(", ", CodedValue.codes(Audience.class))
							+ ", separated by ;" + listHint(entry), entry);
				}
			}
			return List.copyOf(audiences);
		}

		List<String> topics() {
			List<String> entries = entries(CatalogColumn.TOPICS);
			if (entries == null) {
				return List.of();
			}
			Set<String> topics = new LinkedHashSet<>();
			for (String entry : entries) {
				String exact = topicCodes.get(entry);
				Optional<Topic> topic = exact != null ? Optional.empty() : taxonomy.find(entry);
				if (exact != null) {
					topics.add(exact);
				}
				else if (topic.isPresent()) {
					topics.add(topic.get().code());
				}
				else {
					Optional<Topic> meant = taxonomy.findBySynonym(entry).or(() -> taxonomy.findByCloseSpelling(entry));
					problem(CatalogColumn.TOPICS, ProblemCode.UNKNOWN_TOPIC, quote(entry) + " is not a topic of the "
							+ "taxonomy" + meant.map(t -> "; did you mean " + t.code() + "?")
								.orElse("; topics are codes such as machine_learning or medical_imaging, separated by ;"
										+ listHint(entry)),
							entry);
				}
			}
			return List.copyOf(topics);
		}

		/** The non-blank entries of a required list column, or null (with a problem) when it has none. */
		private List<String> entries(CatalogColumn column) {
			String value = clean(column);
			List<String> entries = new ArrayList<>();
			if (value != null) {
				for (String entry : value.split(";")) {
					String trimmed = Blanks.strip(entry);
					if (!trimmed.isEmpty()) {
						entries.add(trimmed);
					}
				}
			}
			if (entries.isEmpty()) {
				if (value != null || text(column) == null) {
					problem(column, ProblemCode.REQUIRED, column.header() + " is required: one or more values separated "
							+ "by ;", value);
				}
				return null;
			}
			return entries;
		}

		String url(CatalogColumn column) {
			String value = clean(column);
			if (value == null) {
				return null;
			}
			if (value.length() > MAX_URL_LENGTH) {
				problem(column, ProblemCode.LENGTH, String.format("%s must be at most %,d characters (it has %,d)",
						column.header(), MAX_URL_LENGTH, value.codePointCount(0, value.length())), value);
				return null;
			}
			if (!isWebUrl(value)) {
				// A spreadsheet shows www.example.edu as a link; the catalog's links must say how to get there.
				boolean schemeless = value.indexOf("://") < 0 && isWebUrl("https://" + value);
				problem(column, ProblemCode.URL, column.header() + " must be an absolute http or https URL such as "
						+ "https://www.example.edu/program" + (schemeless ? " (write https:// before it)" : ""), value);
				return null;
			}
			String host = unreachableHost(value);
			if (host != null) {
				problem(column, ProblemCode.URL, column.header() + " must be a public web address, such as "
						+ "https://www.example.edu/program; " + quote(host) + " is not one a learner can reach (a name "
						+ "without a domain, localhost or a private network's address)", value);
				return null;
			}
			return value;
		}

		/**
		 * Reports every value whose lines are rows of the file, in any column, the ignored ones too (a
		 * quote opened in this row that closes only on a later line makes the rows between text of
		 * the value). That is valid CSV, so nothing else would say so, and a replace would drop those
		 * programs from the catalog.
		 * @return whether one was found
		 */
		boolean swallowedRows() {
			// A quote that opened in one column and closed in another leaves the record too wide or
			// too narrow: then even a line where the quote closed after a program id alone is a row's.
			boolean misfit = row.size() < header.namedSize() || row.size() > header.size();
			boolean found = false;
			for (int i = 0; i < row.size(); i++) {
				if (hasLineBreak(row.value(i))) {
					found |= swallowedRows(i, lineFeeds(row.value(i)), misfit);
				}
			}
			return found;
		}

		private boolean swallowedRows(int index, String value, boolean misfit) {
			String[] lines = value.split("\n", -1);
			int first = -1;
			int last = -1;
			int count = 0;
			for (int i = 1; i < lines.length; i++) {
				if (isSwallowedRow(lines[i], i == lines.length - 1, misfit)) {
					first = first < 0 ? i : first;
					last = i;
					count++;
				}
			}
			if (count == 0) {
				return false;
			}
			long valueLine = row.line() + CsvRowReader.lineBreaks(Arrays.copyOf(row.values(), index));
			String name = header.nameAt(index);
			name = name == null || name.isEmpty() ? null : name;
			String column = name == null ? "column " + (index + 1) : name;
			problems.add(new ImportProblem(row.line(), name, ProblemCode.QUOTE,
					String.format("%s holds %s of the file (%s, %s): a quote opened in this row closes only on a later "
							+ "line, so %s read as text of this value. Quote whole values only, and double a quote "
							+ "inside one (\"\")", column, count == 1 ? "a row" : count + " rows",
							first == last ? "line " + (valueLine + first)
									: "lines " + (valueLine + first) + " to " + (valueLine + last),
							quote(Blanks.strip(lines[first])), count == 1 ? "it was" : "they were"),
					shorten(value)));
			return true;
		}

		/**
		 * Whether a line of a value is a row of the file: split at the delimiter, about the header's
		 * number of values (any number up to it on the line where the quote closed, whose last value
		 * ends where the quote stood), of which at least three of those with a form of their own have it in
		 * their columns (a program id, a credential, audiences, topics, a country, a URL, a date...),
		 * or all of them when the header has fewer (one will do on the closing line of a record the
		 * quote left misfit). A row with a mistake of its own is still a row; prose split at commas
		 * does not put audiences and topics where the header has them.
		 */
		private boolean isSwallowedRow(String line, boolean closing, boolean misfit) {
			if (line.indexOf(delimiter) < 0 && !(closing && misfit)) {
				return false;
			}
			String[] values = line.split(Pattern.quote(String.valueOf(delimiter)), -1);
			int most = header.size() + 1;
			if (values.length > most || (!closing && values.length < header.namedSize() - 2)) {
				return false;
			}
			int shown = 0;
			int formed = 0;
			for (CatalogColumn column : FORMED) {
				int index = header.indexOf(column);
				if (index < 0 || index >= values.length) {
					continue;
				}
				String value = Blanks.strip(values[index]);
				if (!value.isEmpty()) {
					shown++;
					formed += hasItsForm(column, value) ? 1 : 0;
				}
			}
			int needed = Math.min(3, shown);
			return (needed >= 2 || (closing && misfit)) && needed >= 1 && formed >= needed;
		}

		private boolean hasItsForm(CatalogColumn column, String value) {
			return switch (column) {
				// Ids have a hyphen or a digit (a word of prose is a slug too).
				case PROGRAM_ID -> isSlug(value.toLowerCase(Locale.ROOT))
						&& value.chars().anyMatch(c -> c == '-' || Character.isDigit(c));
				case CREDENTIAL -> parseCode(Credential.class, value).isPresent();
				case DELIVERY_FORMAT -> parseCode(DeliveryFormat.class, value).isPresent();
				case PACE -> parseCode(Pace.class, value).isPresent();
				case MIN_PRIOR_DEGREE -> parseCode(PriorDegree.class, value).isPresent();
				case AUDIENCES -> Arrays.stream(value.split(";")).map(String::strip).filter(e -> !e.isEmpty())
					.allMatch(e -> parseCode(Audience.class, e).isPresent());
				case TOPICS -> Arrays.stream(value.split(";")).map(String::strip).filter(e -> !e.isEmpty())
					.allMatch(e -> taxonomy.find(e).isPresent());
				case COUNTRY -> CountryCodes.code(value) != null;
				case URL, SOURCE_URL -> value.regionMatches(true, 0, "http://", 0, 7)
						|| value.regionMatches(true, 0, "https://", 0, 8);
				case LAST_VERIFIED -> isoDate(value) != null;
				default -> false;
			};
		}

		LocalDate date(CatalogColumn column) {
			String value = clean(column);
			if (value == null) {
				return null;
			}
			LocalDate date = isoDate(value);
			if (date == null) {
				problem(column, ProblemCode.DATE, column.header() + " must be a date written YYYY-MM-DD, such as "
						+ "2025-03-31" + dateHint(value), value);
				return null;
			}
			if (date.isAfter(LocalDate.now(clock.withZone(LATEST_ZONE)))) {
				problem(column, ProblemCode.DATE, column.header() + " is in the future; it says when a curator last "
						+ "checked the row against its source", value);
				return null;
			}
			if (date.isBefore(EARLIEST_VERIFIED)) {
				// Year 0025 is what a spreadsheet makes of 25-03-31.
				problem(column, ProblemCode.DATE, column.header() + " is before " + EARLIEST_VERIFIED.getYear()
						+ "; it says when a curator last checked the row against its source (write the year in "
						+ "full: 2025, not 25)", value);
				return null;
			}
			return date;
		}

		private void problem(CatalogColumn column, ProblemCode code, String message, String value) {
			problems.add(new ImportProblem(row.line(), column.header(), code, message, shorten(value)));
		}

	}

	private String shorten(String value) {
		return Texts.shorten(value, maxValueLength);
	}

	private static boolean hasLineBreak(String value) {
		return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
	}

	/** A value quoted inside a message, short enough for any message to stay readable. */
	static String quote(String value) {
		return "'" + Texts.shorten(value, 60) + "'";
	}

	/** What a date that is not YYYY-MM-DD most likely is, for its message; empty when nothing is likely. */
	static String dateHint(String value) {
		if (value.length() > 10 && isoDate(value.substring(0, 10)) != null
				&& (value.charAt(10) == ' ' || value.charAt(10) == 'T')) {
			return " (without the time: " + value.substring(0, 10) + ")";
		}
		if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
			int year = digits(value, 0, 4);
			int month = digits(value, 5, 7);
			int day = digits(value, 8, 10);
			if (year >= 0 && month >= 1 && month <= 12 && day >= 1) {
				String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
				return String.format(" (%s %d has no day %d)", monthName, year, day);
			}
			if (year >= 0 && month > 12) {
				return " (there is no month " + month + ")";
			}
		}
		// Excel counts days from 30 December 1899: 45720 is 2025-03-05, a date cell saved as a number.
		if (value.length() == 5 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			LocalDate date = EXCEL_EPOCH.plusDays(Integer.parseInt(value));
			if (!date.isBefore(EARLIEST_VERIFIED)) {
				return " (" + value + " looks like a spreadsheet's day number for " + date
						+ ": format the column as text, or write the date)";
			}
		}
		return "";
	}

	private static String listHint(String entry) {
		return entry.indexOf(',') >= 0 ? " (separate entries with ; not ,)" : "";
	}

	/** {@code [a-z0-9][a-z0-9-]{2,79}} without a regular expression: this runs for every row. */
	static boolean isSlug(String id) {
		int n = id.length();
		if (n < 3 || n > 80) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			char c = id.charAt(i);
			boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			if (!alphanumeric && (c != '-' || i == 0)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code 1,000} or {@code 12.500}: one to three digits (not starting with 0), the separator and
	 * three digits read as a number with a thousands separator as well as one with a decimal one.
	 */
	static boolean isThousandsGroup(String value, char separator) {
		int start = value.startsWith("-") ? 1 : 0;
		int at = value.indexOf(separator);
		return at > start && at - start <= 3 && value.charAt(start) != '0' && value.length() - at - 1 == 3;
	}

	/**
	 * A plain decimal: optional minus, digits with an optional point anywhere among them
	 * ({@code 12}, {@code 0.5}, {@code .5}, {@code 6.}, as spreadsheets may write them).
	 */
	static boolean isDecimal(String value) {
		int i = value.charAt(0) == '-' ? 1 : 0;
		int digits = 0;
		boolean point = false;
		for (; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && !point) {
				point = true;
			}
			else {
				return false;
			}
		}
		return digits > 0;
	}

	/** {@code YYYY-MM-DD} exactly, and a day that exists; null otherwise. */
	static LocalDate isoDate(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 7);
		int day = digits(value, 8, 10);
		if (year < 0 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * The text in Unicode's composed form (NFC): an {@code é} typed on some systems arrives as
	 * {@code e} and a combining accent, two characters that would count twice against a length
	 * limit and not match the same word written the usual way. Text without a character from
	 * U+0300 up (every combining mark is there) is composed already.
	 */
	static String composed(String text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			if (text.charAt(i) >= '\u0300') {
				return Normalizer.normalize(text, Normalizer.Form.NFC);
			}
		}
		return text;
	}

	/**
	 * The host of a web URL that no learner can reach, or null: a name without a dot (an intranet's
	 * {@code https://wiki/}), localhost, a local or internal domain, or a loopback, private or
	 * link-local address (a link copied from a test server or a VPN).
	 */
	static String unreachableHost(String url) {
		int start = url.indexOf("://") + 3;
		int end = start;
		while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
			end++;
		}
		String authority = url.substring(start, end);
		String host = authority.substring(authority.lastIndexOf('@') + 1);
		if (host.startsWith("[")) {
			String address = host.substring(1, Math.max(1, host.indexOf(']'))).toLowerCase(Locale.ROOT);
			return address.equals("::1") || address.startsWith("fc") || address.startsWith("fd")
					|| address.startsWith("fe80") ? host : null;
		}
		int colon = host.lastIndexOf(':');
		String name = (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.indexOf('.') < 0 || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal")
				|| name.endsWith(".lan")) {
			return name;
		}
		// A name ends in a letter (no top-level domain is a number): the pattern only for addresses.
		if (Character.isDigit(name.charAt(name.length() - 1)) && IPV4.matcher(name).matches()) {
			String[] parts = name.split("\\.");
			int a = Integer.parseInt(parts[0]);
			int b = Integer.parseInt(parts[1]);
			boolean unreachable = a == 10 || a == 127 || a == 0 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
					|| (a == 192 && b == 168) || (a == 100 && b >= 64 && b <= 127);
			return unreachable ? name : null;
		}
		return null;
	}

	static boolean isWebUrl(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				return false;
			}
			if (uri.getHost() != null) {
				return !uri.getHost().isEmpty() && uri.getPort() != 0 && uri.getPort() <= MAX_PORT;
			}
			// java.net.URI knows only ASCII host names: an internationalised one (https://例え.jp/)
			// is checked in its ASCII form.
			String authority = uri.getRawAuthority();
			if (authority == null || authority.chars().allMatch(c -> c < 0x80)) {
				return false;
			}
			int at = authority.lastIndexOf('@');
			String hostAndPort = authority.substring(at + 1);
			int colon = hostAndPort.lastIndexOf(':');
			String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
			String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + (colon < 0 ? "" : hostAndPort.substring(colon));
			URI asciiUri = new URI(scheme + "://" + ascii + "/");
			return asciiUri.getHost() != null && !asciiUri.getHost().isEmpty() && asciiUri.getPort() != 0
					&& asciiUri.getPort() <= MAX_PORT;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Describes the first character that has no place in a value: a control character (line breaks
	 * and tabs are allowed in the description only), or U+FFFD, which stands for a character lost
	 * when the text passed through a wrong encoding. Null when there is none.
	 */
	static String badCharacter(String value, boolean multiLine) {
		for (int i = 0, n = value.length(); i < n; i++) {
			char c = value.charAt(i);
			if (c == '\uFFFD') {
				return "U+FFFD (a replacement character)";
			}
			boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
			if (control && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
				if (c == '\n' || c == '\r') {
					return "a line break (only the description may span lines)";
				}
				return String.format("a control character (U+%04X)", (int) c);
			}
		}
		return null;
	}

}
