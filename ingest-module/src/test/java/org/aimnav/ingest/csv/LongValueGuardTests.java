package org.aimnav.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard must agree with Commons CSV on where every value ends, or a cut would eat a closing
 * quote or a delimiter: on thousands of random texts of quotes, delimiters, spaces, line breaks
 * and surrogate pairs, parsing through it gives what parsing without it gives, each value cut to
 * one past the maximum.
 */
class LongValueGuardTests {

	private static final int MAX = 5;

	private static final String[] PIECES = { "a", "b", ",", ";", "\"", "\"\"", " ", "\t", "\n", "\r\n", "\r", "🎓",
			"é" };

	@Test
	void parsingThroughTheGuardGivesTheSameRecordsWithLongValuesCut() {
		Random random = new Random(42);
		int compared = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(40); n > 0; n--) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			char delimiter = random.nextBoolean() ? ',' : ';';
			List<List<String>> plain = parse(new StringReader(text.toString()), delimiter);
			if (plain == null) {
				continue; // not valid CSV: the parser says so with or without the guard
			}
			compared++;
			List<List<String>> expected = stripped(plain.stream()
				.map(values -> values.stream().map(LongValueGuardTests::cut).toList())
				.toList());
			assertThat(stripped(parse(new LongValueGuard(new StringReader(text.toString()), delimiter, MAX), delimiter)))
				.as("bulk reads of %s", text).isEqualTo(expected);
			assertThat(stripped(parse(oneAtATime(new LongValueGuard(new StringReader(text.toString()), delimiter, MAX)),
					delimiter))).as("reads of one character of %s", text).isEqualTo(expected);
		}
		assertThat(compared).as("enough valid texts").isGreaterThan(2_000);
	}

	/**
	 * Without trailing spaces, which the parser trims from an unquoted value after the guard cut
	 * it (and the import trims from every value).
	 */
	private static List<List<String>> stripped(List<List<String>> records) {
		return records == null ? null
				: records.stream().map(values -> values.stream().map(String::stripTrailing).toList()).toList();
	}

	/** The value as the guard keeps it: line breaks all, other characters up to one past the maximum. */
	private static String cut(String value) {
		StringBuilder kept = new StringBuilder();
		int length = 0;
		for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
			int c = value.codePointAt(i);
			if (c == '\n' || c == '\r') {
				kept.appendCodePoint(c);
			}
			else if (length <= MAX) {
				length++;
				kept.appendCodePoint(c);
			}
		}
		return kept.toString();
	}

	private static List<List<String>> parse(Reader reader, char delimiter) {
		CSVFormat format = CsvRowReader.format(delimiter == ',' ? Delimiter.COMMA : Delimiter.SEMICOLON);
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			List<List<String>> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				records.add(List.of(record.values()));
			}
			return records;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return null;
		}
	}

	private static Reader oneAtATime(Reader reader) {
		return new Reader() {
			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				return length == 0 ? 0 : reader.read(buffer, offset, 1);
			}

			@Override
			public void close() throws IOException {
				reader.close();
			}
		};
	}

}
