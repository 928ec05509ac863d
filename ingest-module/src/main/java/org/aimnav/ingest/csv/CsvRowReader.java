package org.aimnav.ingest.csv;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.aimnav.catalog.text.Blanks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file record by record with Apache Commons CSV in the dialect of the catalog format:
 * RFC 4180 quoting, LF or CRLF, a leading UTF-8 byte-order mark ignored, strict UTF-8 (a byte
 * that is not UTF-8 stops the reading with the line it is on), spaces around a quoted value
 * ignored, Excel's {@code sep=;} first line skipped, empty lines skipped, records whose values are all blank (a spreadsheet's empty row,
 * {@code ,,,,}) skipped too, and values cut past {@link #MAX_VALUE_LENGTH} characters.
 *
 * <p>Each record gets the physical line where it starts. Commons CSV counts lines as it reads;
 * after a record it stands on the record's last line, so the first line is that minus the line
 * breaks inside the record's quoted values.
 */
public final class CsvRowReader implements Closeable {

	/**
	 * The longest value kept, in characters: far past the longest a column allows (5,000); a
	 * longer one is cut as it is read ({@link LongValueGuard}), so that memory stays flat.
	 */
	public static final int MAX_VALUE_LENGTH = 65_536;

	private static final int BUFFER_SIZE = 64 * 1024;

	private final Path file;

	private final CountingInputStream counter;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	/** Spaces or tabs after the delimiter of a {@code sep=;} line that still make it one. */
	private static final int MAX_HINT_PADDING = 16;

	/** Lines before the parser's first: Excel's {@code sep=;} line, when the file starts with one. */
	private final int hintLines;

	private long lastLine;

	private long blankRows;

	/** Line breaks inside the values of the records read so far, which a spreadsheet shows in a cell. */
	private long breaksInValues;

	private CsvRowReader(Path file, InputStream in, Delimiter delimiter) throws IOException {
		this.file = file;
		this.counter = new CountingInputStream(in);
		InputStream buffered = new BufferedInputStream(counter, BUFFER_SIZE);
		skipByteOrderMark(buffered);
		this.hintLines = skipSeparatorHint(buffered);
		Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
		this.parser = CSVParser.builder()
			.setReader(new LongValueGuard(reader, delimiter.character(), MAX_VALUE_LENGTH))
			.setFormat(format(delimiter))
			.get();
		this.records = parser.iterator();
		CSVRecord first = nextRecord();
		// A spreadsheet's empty rows (,,,,) above the header are skipped, as they are among the rows.
		while (first != null && allBlank(first.values())) {
			blankRows++;
			breaksInValues += lineBreaks(first.values());
			first = nextRecord();
		}
		breaksInValues += first == null ? 0 : lineBreaks(first.values());
		this.header = first == null ? List.of() : List.of(first.values());
		this.lastLine = hintLines + (first == null ? 0 : parser.getCurrentLineNumber());
	}

	/** Opens a file; the first record is read at once as the header. */
	public static CsvRowReader open(Path file, Delimiter delimiter) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			return new CsvRowReader(file, in, delimiter);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/** Reads a stream (which this reader closes); the first record is read at once as the header. */
	public static CsvRowReader open(InputStream in, Delimiter delimiter) throws IOException {
		return new CsvRowReader(null, in, delimiter);
	}

	/** The format every catalog file is read with, given its delimiter. */
	static CSVFormat format(Delimiter delimiter) {
		return CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter.character())
			.setIgnoreEmptyLines(true)
			// Spaces before an opening quote (", "Boston, MA"", as people type) do not turn the
			// quotes into data; the values are trimmed anyway.
			.setIgnoreSurroundingSpaces(true)
			.setTrim(false)
			.get();
	}

	/** The values of the first record, as written (not trimmed); empty for an empty file. */
	public List<String> header() {
		return header;
	}

	/**
	 * The next data record, or null at the end of the file.
	 * @throws CsvFormatException the file cannot be read on (not UTF-8, a quote never closed)
	 */
	public CsvRow next() {
		CSVRecord record;
		while ((record = nextRecord()) != null) {
			String[] values = record.values();
			long endLine = hintLines + parser.getCurrentLineNumber();
			int breaks = lineBreaks(values);
			long startLine = endLine - breaks;
			long sheetRow = sheetRowOf(startLine);
			lastLine = endLine;
			breaksInValues += breaks;
			if (allBlank(values) || isEndOfFileMark(values)) {
				blankRows++;
				continue;
			}
			return new CsvRow(startLine, values, counter.count(), null, breaks > 0, sheetRow);
		}
		return null;
	}

	/**
	 * The row a spreadsheet shows a line on, for a line past the records read so far: Excel's
	 * {@code sep=} line is no row, and a line break inside a value makes no new one.
	 */
	public long sheetRowOf(long line) {
		return line - hintLines - breaksInValues;
	}

	/** Records skipped because every value was blank. */
	public long blankRowsSkipped() {
		return blankRows;
	}

	public long bytesRead() {
		return counter.count();
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	private CSVRecord nextRecord() {
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (UncheckedIOException ex) {
			throw translate(ex.getCause());
		}
		catch (IllegalStateException ex) {
			// Commons CSV reports some parse failures as IllegalStateException wrapping an IOException.
			if (ex.getCause() instanceof IOException io) {
				throw translate(io);
			}
			throw ex;
		}
	}

	private CsvFormatException translate(IOException cause) {
		long line = lastLine + 1;
		if (hasCause(cause, CharacterCodingException.class)) {
			// The decoder reads ahead of the parser; the bytes themselves tell the line exactly.
			long badLine = malformedLine();
			return new CsvFormatException(badLine > 0 ? badLine : line, true, String.format(
					"The file is not UTF-8 text: line %,d has bytes that are not UTF-8. Save the file as \"CSV UTF-8\" "
							+ "and upload it again.", badLine > 0 ? badLine : line), cause);
		}
		return new CsvFormatException(line, false, String.format("The file is not valid CSV from line %,d on: %s. "
				+ "Quote values that contain quotes, delimiters or line breaks, and double the quotes inside them.",
				line, whatBroke(cause.getMessage())), cause);
	}

	/** What Commons CSV's message says went wrong, in the curator's words (its own text names offsets). */
	static String whatBroke(String parserMessage) {
		String message = parserMessage == null ? "" : parserMessage;
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "a quoted value is never closed, so the file ends inside it";
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return "a quoted value is followed by more text before the next delimiter (a quote inside a quoted "
					+ "value must be doubled: \"\")";
		}
		return "a quoted value is never closed or a quote stands inside an unquoted value";
	}

	private long malformedLine() {
		if (file == null) {
			return -1;
		}
		try {
			return ContentScan.of(file).malformedLine();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/** Line breaks as Commons CSV counts them: CRLF, LF or a lone CR each end one line. */
	public static int lineBreaks(String[] values) {
		int breaks = 0;
		for (String value : values) {
			for (int i = 0, n = value.length(); i < n; i++) {
				char c = value.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 == n || value.charAt(i + 1) != '\n'))) {
					breaks++;
				}
			}
		}
		return breaks;
	}

	/**
	 * A line of only Ctrl-Z (the end-of-file mark that DOS-era tools still write after the last
	 * line) or NUL bytes (a file padded to a block's size).
	 */
	private static boolean isEndOfFileMark(String[] values) {
		return values.length == 1 && !values[0].isEmpty() && values[0].chars().allMatch(c -> c == 0x1A || c == 0);
	}

	private static boolean allBlank(String[] values) {
		for (String value : values) {
			if (!Blanks.isBlank(value)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Skips Excel's first line {@code sep=;} (any one delimiter), which tells Excel how to open the
	 * file and is not its header; the delimiter is still the one the header reads best with.
	 * @return 1 when there was one, else 0
	 */
	private static int skipSeparatorHint(InputStream in) throws IOException {
		in.mark(5 + MAX_HINT_PADDING + 2);
		byte[] start = in.readNBytes(5);
		if (start.length == 5 && (start[0] | 0x20) == 's' && (start[1] | 0x20) == 'e' && (start[2] | 0x20) == 'p'
				&& start[3] == '=' && start[4] != '\r' && start[4] != '\n') {
			int end = in.read();
			// Spaces a hand edit left after the delimiter.
			for (int padding = 0; (end == ' ' || end == '\t') && padding < MAX_HINT_PADDING; padding++) {
				end = in.read();
			}
			if (end == '\n' || end == -1) {
				return 1;
			}
			if (end == '\r') {
				in.mark(1);
				if (in.read() != '\n') {
					in.reset();
				}
				return 1;
			}
		}
		in.reset();
		return 0;
	}

	private static void skipByteOrderMark(InputStream in) throws IOException {
		in.mark(3);
		if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
			in.reset();
		}
	}

	/** Counts the bytes read from the file, below any buffering, for progress. */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}

	}

}
