package org.aimnav.ingest.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.aimnav.catalog.text.Blanks;
import org.aimnav.catalog.text.Texts;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.RefusalReason;

/**
 * Decides whether a file can be imported at all, before any row is looked at: the checks that
 * refuse a file as a whole, each with one clear message. The web layer calls them (through the
 * import service) before a job starts; the job calls {@link #layout(Path)} again when it opens the
 * file, so that content which slipped past (a file changed on disk) fails the job cleanly.
 */
public final class CatalogFileCheck {

	/** Ignored columns a warning names; it counts the rest. */
	static final int MAX_NAMED_IGNORED = 20;

	/** Records below a first line that names no column that are looked at for the header. */
	private static final int HEADER_SEARCH_ROWS = 10;

	/** Names of the format a record must hold to be taken for a header further down. */
	private static final int MIN_KNOWN_IN_HEADER = 3;

	/**
	 * Separators some tools write that the format does not read (database and mainframe exports): a
	 * header that names the columns when split at one of them gets a refusal saying so.
	 */
	private static final String FOREIGN_DELIMITERS = "|^~:#!";

	/** More control bytes than this share of the first bytes means the file is not text. */
	private static final double BINARY_CONTROL_SHARE = 0.01;

	private CatalogFileCheck() {
	}

	/**
	 * Checks a stored file against what its storing pass learnt about its bytes.
	 * @return its layout
	 * @throws ImportRefusedException the file is refused as a whole
	 */
	public static CatalogLayout inspect(Path file, ContentScan.Result scan) {
		byte[] head = scan.head();
		if (scan.size() == 0) {
			throw refuse(RefusalReason.EMPTY, "The file is empty.");
		}
		String wide = wideEncoding(head);
		if (wide != null) {
			throw refuse(RefusalReason.NOT_UTF8, "The file is " + wide
					+ " text; the catalog format is UTF-8. Save it as \"CSV UTF-8\" and upload it again.");
		}
		String binary = binaryKind(head);
		if (binary != null) {
			throw refuse(RefusalReason.BINARY, "The file is not CSV text: it looks like " + binary
					+ ". Save it as \"CSV UTF-8\" and upload the .csv file.");
		}
		if (!scan.utf8()) {
			throw refuse(RefusalReason.NOT_UTF8, String.format("The file is not UTF-8 text: line %,d has bytes that "
					+ "are not UTF-8 (perhaps it was saved as Windows-1252 or Latin-1). Save it as \"CSV UTF-8\" and "
					+ "upload it again.", scan.malformedLine()));
		}
		return layout(file);
	}

	/**
	 * Reads a file's header and tells its layout: the delimiter is the one (comma first, then
	 * semicolon, then tab) under which the header names the most columns of the format.
	 * @throws ImportRefusedException the file is empty, has no header or lacks required columns,
	 * cannot be parsed as CSV, or has no data row
	 */
	public static CatalogLayout layout(Path file) {
		Delimiter best = null;
		List<String> bestHeader = List.of();
		int bestKnown = -1;
		CsvFormatException unreadable = null;
		for (Delimiter delimiter : Delimiter.values()) {
			try (CsvRowReader reader = CsvRowReader.open(file, delimiter)) {
				int known = CatalogHeader.knownColumns(reader.header());
				if (known > bestKnown) {
					best = delimiter;
					bestHeader = reader.header();
					bestKnown = known;
				}
			}
			catch (CsvFormatException ex) {
				unreadable = unreadable == null ? ex : unreadable;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (best == null) {
			throw refuse(unreadable.encoding() ? RefusalReason.NOT_UTF8 : RefusalReason.MALFORMED,
					unreadable.getMessage());
		}
		if (bestHeader.isEmpty() || (bestHeader.size() == 1 && Blanks.isBlank(bestHeader.get(0)))) {
			throw refuse(RefusalReason.EMPTY, "The file has no content (only blank lines).");
		}
		for (int i = 0; i < bestHeader.size(); i++) {
			String name = bestHeader.get(i);
			// A line break in a header cell is Excel's Alt+Enter (Tuition⏎(USD)): names are matched
			// without regard to spaces, so it is one too.
			int control = name.codePoints()
				.filter(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
				.findFirst()
				.orElse(-1);
			if (control >= 0) {
				// A name with a NUL or another control character in it matches no column: its values
				// would be dropped without a word (a damaged "city" left every program without one).
				throw refuse(RefusalReason.MALFORMED, String.format("The header has a control character "
						+ "(U+%04X) in column %d ('%s'); the file may be damaged. Remove it and upload the file again.",
						control, i + 1, name.replaceAll("\\p{Cc}", "?")));
			}
		}
		if (bestKnown == 0) {
			refuseWithTheHeaderFoundLower(file, bestHeader);
		}
		CatalogHeader header = CatalogHeader.of(bestHeader);
		requireARow(file, best);
		List<String> warnings = new ArrayList<>();
		if (best != Delimiter.COMMA) {
			warnings.add("Values are separated by " + (best == Delimiter.SEMICOLON ? "semicolons (;)" : "tabs")
					+ " instead of commas; the file was read that way.");
		}
		List<String> ignored = header.ignoredColumns();
		if (!ignored.isEmpty()) {
			// Named in full up to a point: a header of 10,000 unknown columns is not a warning to read.
			warnings.add("Columns that the catalog format does not have were ignored: "
					+ String.join(", ", ignored.subList(0, Math.min(ignored.size(), MAX_NAMED_IGNORED)))
					+ (ignored.size() > MAX_NAMED_IGNORED
							? String.format(" and %,d more", ignored.size() - MAX_NAMED_IGNORED) : "")
					+ ".");
		}
		// Worded for both modes: a merge keeps the current values of a column its file lacks.
		header.lookalikes().forEach((name, column) -> warnings.add(String.format("The ignored column '%s' looks like "
				+ "%s, which the file lacks: its values are not imported; rename it to %s to import them.", name,
				column.header(), column.header())));
		return new CatalogLayout(best, header, warnings);
	}

	/**
	 * A first line that names no column of the format: when one of the next lines does (a title or
	 * a blank line a spreadsheet kept above the header), the refusal says which and what to do.
	 */
	private static void refuseWithTheHeaderFoundLower(Path file, List<String> firstLine) {
		if (firstLine.size() == 1) {
			for (char separator : FOREIGN_DELIMITERS.toCharArray()) {
				if (namesColumnsSplitAt(firstLine.get(0), separator)) {
					throw refuse(RefusalReason.NO_HEADER, String.format("The header's column names are separated by "
							+ "'%c' (%s); the catalog format reads values separated by commas, or by semicolons or tabs "
							+ "as spreadsheets export them. Save the file as CSV with commas and upload it again.",
							separator, preview(firstLine)));
				}
			}
			for (Delimiter delimiter : Delimiter.values()) {
				if (namesColumnsSplitAt(firstLine.get(0), delimiter.character())) {
					throw refuse(RefusalReason.NO_HEADER, String.format("The header is one quoted value holding the "
							+ "column names (%s): each line of the file is wrapped in quotes. Save it again with quotes "
							+ "around values only, not around whole lines.", preview(firstLine)));
				}
			}
		}
		for (Delimiter delimiter : Delimiter.values()) {
			try (CsvRowReader reader = CsvRowReader.open(file, delimiter)) {
				CsvRow row;
				for (int read = 0; read < HEADER_SEARCH_ROWS && (row = reader.next()) != null; read++) {
					if (CatalogHeader.knownColumns(List.of(row.values())) >= MIN_KNOWN_IN_HEADER) {
						throw refuse(RefusalReason.NO_HEADER, String.format("The first line must be the header naming "
								+ "the columns; it names none of them (%s), but line %,d does: remove the line%s above it "
								+ "and upload the file again.", preview(firstLine), row.line(), row.line() > 2 ? "s" : ""));
					}
				}
			}
			catch (CsvFormatException ex) {
				// Not readable with this delimiter: the plain refusal below says what the first line holds.
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Whether a line, split at a character, names enough columns of the format to be a header. */
	private static boolean namesColumnsSplitAt(String line, char separator) {
		return CatalogHeader.knownColumns(List.of(line.split(Pattern.quote(String.valueOf(separator)))))
				>= MIN_KNOWN_IN_HEADER;
	}

	private static String preview(List<String> names) {
		return Texts.shorten(String.join(", ", names), 80);
	}

	private static void requireARow(Path file, Delimiter delimiter) {
		try (CsvRowReader reader = CsvRowReader.open(file, delimiter)) {
			if (reader.next() == null) {
				throw refuse(RefusalReason.NO_ROWS, "The file has a header but no program rows.");
			}
		}
		catch (CsvFormatException ex) {
			throw refuse(ex.encoding() ? RefusalReason.NOT_UTF8 : RefusalReason.MALFORMED, ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a file's first bytes are text in one of Unicode's wide encodings, with or without a
	 * byte-order mark ("Unicode text" from some spreadsheet and database tools writes UTF-16 without
	 * one): its name, or null. Without a mark, the text is recognised by where its NUL bytes fall:
	 * ASCII in UTF-16 puts one in every other byte, on the same side, and in UTF-32 three in four.
	 */
	static String wideEncoding(byte[] head) {
		if (startsWith(head, 0xFF, 0xFE, 0, 0) || startsWith(head, 0, 0, 0xFE, 0xFF)) {
			return "UTF-32";
		}
		if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
			return "UTF-16";
		}
		int length = head.length - head.length % 4;
		if (length < 8) {
			return null;
		}
		int[] nulsAt = new int[4];
		for (int i = 0; i < length; i++) {
			if (head[i] == 0) {
				nulsAt[i % 4]++;
			}
		}
		int quarter = length / 4;
		if (mostly(nulsAt[1], quarter) && mostly(nulsAt[2], quarter) && mostly(nulsAt[3], quarter)
				&& rarely(nulsAt[0], quarter)) {
			return "UTF-32 (little-endian, without a byte-order mark)";
		}
		if (mostly(nulsAt[0], quarter) && mostly(nulsAt[1], quarter) && mostly(nulsAt[2], quarter)
				&& rarely(nulsAt[3], quarter)) {
			return "UTF-32 (big-endian, without a byte-order mark)";
		}
		int even = nulsAt[0] + nulsAt[2];
		int odd = nulsAt[1] + nulsAt[3];
		if (mostly(odd, 2 * quarter) && rarely(even, 2 * quarter)) {
			return "UTF-16 (little-endian, without a byte-order mark)";
		}
		if (mostly(even, 2 * quarter) && rarely(odd, 2 * quarter)) {
			return "UTF-16 (big-endian, without a byte-order mark)";
		}
		return null;
	}

	/** At least seven in ten: Latin letters leave a NUL there, letters of other scripts do not. */
	private static boolean mostly(int count, int of) {
		return count * 10 >= of * 7;
	}

	private static boolean rarely(int count, int of) {
		return count * 10 <= of;
	}

	/** What a file's first bytes say it is when it is not text, or null when it may be text. */
	static String binaryKind(byte[] head) {
		if (startsWith(head, 'P', 'K', 3, 4)) {
			return "an Excel workbook (.xlsx) or another zip archive";
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "an old Excel workbook (.xls)";
		}
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return "a PDF document";
		}
		// A stray NUL in a text file is a control character in one value, which that row reports
		// (ENCODING, with its line and column) wherever it is; binary content has them throughout.
		int controls = 0;
		boolean nul = false;
		for (byte b : head) {
			if ((b & 0xFF) < 0x20 && b != '\t' && b != '\n' && b != '\r') {
				controls++;
				nul |= b == 0;
			}
		}
		if (head.length > 0 && controls > head.length * BINARY_CONTROL_SHARE) {
			return nul ? "binary data (it contains NUL bytes)" : "binary data (it contains many control characters)";
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static ImportRefusedException refuse(RefusalReason reason, String message) {
		return new ImportRefusedException(reason, message);
	}

}
