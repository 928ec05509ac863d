package org.aimnav.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowReaderTests {

	@Test
	void recordsStartOnThePhysicalLineOfTheirFirstValue() throws IOException {
		String text = "a,b\n" + "1,\"two\nlines\"\n" + "\n" + "3,\"three\n\nlines with an empty one\"\n" + "4,x\n";

		assertThat(lines(text)).containsExactly(2L, 5L, 8L);
	}

	@Test
	void aSpreadsheetShowsEachRecordOnOneRowWhateverTheLineBreaksInItsValuesAndNoRowForTheSeparatorLine()
			throws IOException {
		String text = "sep=,\n" + "a,\"b\nc\"\n" + "1,\"two\nlines\"\n" + "\n" + "3,\"three\n\nlines\"\n" + "4,x\n";
		List<Long> lines = new ArrayList<>();
		List<Long> rows = new ArrayList<>();
		try (CsvRowReader reader = reader(text)) {
			for (CsvRow row = reader.next(); row != null; row = reader.next()) {
				lines.add(row.line());
				rows.add(row.sheetRow());
			}
		}

		assertThat(lines).containsExactly(4L, 7L, 10L);
		assertThat(rows).as("header row 1, a blank line row 3").containsExactly(2L, 4L, 5L);
	}

	@Test
	void crlfAndLoneCarriageReturnsCountAsOneLineBreakEach() throws IOException {
		String text = "a,b\r\n" + "1,\"two\r\nlines\"\r\n" + "\r\n" + "3,x\r" + "4,x\r\n";

		assertThat(lines(text)).containsExactly(2L, 5L, 6L);
	}

	@Test
	void aLastLineWithoutLineBreakAndAByteOrderMarkChangeNothing() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "a,b\n1,\"x\ny\"\n2,z".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(text, 0, content, bom.length, text.length);

		try (CsvRowReader reader = CsvRowReader.open(new ByteArrayInputStream(content), Delimiter.COMMA)) {
			assertThat(reader.header()).containsExactly("a", "b");
			assertThat(reader.next().line()).isEqualTo(2);
			CsvRow last = reader.next();
			assertThat(last.line()).isEqualTo(4);
			assertThat(last.values()).containsExactly("2", "z");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void rowsOfBlankValuesAreSkippedAndCountedButKeepTheirLines() throws IOException {
		String text = "a,b,c\n,,\n   \n1,2,3\n , ,\n4,5,6\n";

		try (CsvRowReader reader = reader(text)) {
			assertThat(reader.next().line()).isEqualTo(4);
			assertThat(reader.next().line()).isEqualTo(6);
			assertThat(reader.next()).isNull();
			assertThat(reader.blankRowsSkipped()).isEqualTo(3);
		}
	}

	@Test
	void spacesAroundAValueGoButAQuotedValueKeepsWhatIsInsideItsQuotes() throws IOException {
		try (CsvRowReader reader = reader("a;b\n  spaced ;\"quoted; \"\"inner\"\" \"\n", Delimiter.SEMICOLON)) {
			assertThat(reader.next().values()).containsExactly("spaced", "quoted; \"inner\" ");
		}
	}

	@Test
	void bytesThatAreNotUtf8StopTheReadingWithTheirLine(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, ("a,b\n" + "1,ok\n".repeat(5000) + "2,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));

		assertThatThrownBy(() -> {
			try (CsvRowReader reader = CsvRowReader.open(file, Delimiter.COMMA)) {
				while (reader.next() != null) {
					// read on until the bad byte
				}
			}
		}).isInstanceOfSatisfying(CsvFormatException.class, ex -> {
			assertThat(ex.encoding()).isTrue();
			assertThat(ex.line()).isEqualTo(5002);
			assertThat(ex.getMessage()).startsWith("The file is not UTF-8 text: line 5,002 has bytes that are not UTF-8.");
		});
	}

	@Test
	void aQuoteThatIsNeverClosedStopsTheReadingWithTheLineWhereItsRowStarts() throws IOException {
		try (CsvRowReader reader = reader("a,b\n1,2\n\n3,\"open\n4,5\n")) {
			assertThat(reader.next().line()).isEqualTo(2);
			assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, ex -> {
				assertThat(ex.encoding()).isFalse();
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.getMessage()).startsWith("The file is not valid CSV from line 3 on")
					.contains("a quoted value is never closed")
					.doesNotContain("EOF", "encapsulated");
			});
		}
	}

	@Test
	void textAfterAClosingQuoteStopsTheReadingWithTheLineWhereItsRowStarts() throws IOException {
		try (CsvRowReader reader = reader("a,b\n1,2\n3,\"say \"hi\" twice\"\n4,5\n")) {
			assertThat(reader.next().line()).isEqualTo(2);
			assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, ex -> {
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.getMessage()).startsWith("The file is not valid CSV from line 3 on")
					.contains("a quoted value is followed by more text", "must be doubled")
					.doesNotContain("encapsulated", "position");
			});
		}
	}

	@Test
	void aValueFarLongerThanAnyColumnAllowsIsCutAndTheRecordsAfterItKeepTheirLines() throws IOException {
		int past = CsvRowReader.MAX_VALUE_LENGTH + 1;
		String huge = "y".repeat(3 * CsvRowReader.MAX_VALUE_LENGTH);
		String quoted = "\"" + ("x,\"\"\n".repeat(CsvRowReader.MAX_VALUE_LENGTH)) + "\"";
		String text = "a,b\n" + "1," + huge + "\n" + "2," + quoted + "\n" + "3,after\n";

		try (CsvRowReader reader = reader(text)) {
			CsvRow unquoted = reader.next();
			CsvRow inQuotes = reader.next();
			CsvRow after = reader.next();

			assertThat(unquoted.line()).isEqualTo(2);
			assertThat(unquoted.values()[1]).hasSize(past).matches("y+");
			assertThat(inQuotes.line()).isEqualTo(3);
			assertThat(inQuotes.values()).as("the delimiters and quotes inside stay inside").hasSize(2);
			assertThat(inQuotes.values()[1].replace("\n", "")).as("every line break kept, the rest cut")
				.hasSize(past);
			assertThat(inQuotes.values()[1].chars().filter(c -> c == '\n').count())
				.isEqualTo(CsvRowReader.MAX_VALUE_LENGTH);
			assertThat(after.line()).isEqualTo(4L + CsvRowReader.MAX_VALUE_LENGTH);
			assertThat(after.values()).containsExactly("3", "after");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void aCtrlZEndOfFileMarkIsNoRow() throws IOException {
		try (CsvRowReader reader = reader("a,b\r\n1,2\r\n\u001A")) {
			assertThat(reader.next().values()).containsExactly("1", "2");
			assertThat(reader.next()).isNull();
		}
		try (CsvRowReader reader = reader("a,b\n1,2\n" + "\0".repeat(64))) {
			assertThat(reader.next().values()).containsExactly("1", "2");
			assertThat(reader.next()).as("NUL padding to a block's size").isNull();
		}
	}

	@Test
	void aSpreadsheetsEmptyRowsAboveTheHeaderAreSkipped() throws IOException {
		try (CsvRowReader reader = reader(",,,\n\n , \na,b\n1,2\n")) {
			assertThat(reader.header()).containsExactly("a", "b");
			CsvRow row = reader.next();
			assertThat(row.line()).isEqualTo(5);
			assertThat(row.values()).containsExactly("1", "2");
			assertThat(reader.blankRowsSkipped()).isEqualTo(2);
		}
	}

	@Test
	void excelsSeparatorLineIsNotTheHeaderAndCountsAsALine() throws IOException {
		try (CsvRowReader reader = reader("\uFEFFsep=;\r\na;b\r\n1;2\r\n", Delimiter.SEMICOLON)) {
			assertThat(reader.header()).containsExactly("a", "b");
			CsvRow row = reader.next();
			assertThat(row.line()).isEqualTo(3);
			assertThat(row.values()).containsExactly("1", "2");
		}
		try (CsvRowReader reader = reader("sep=; \t\na;b\n1;2\n", Delimiter.SEMICOLON)) {
			assertThat(reader.header()).as("spaces after the delimiter").containsExactly("a", "b");
			assertThat(reader.next().line()).isEqualTo(3);
		}
		try (CsvRowReader reader = reader("sepal_length,b\n1,2\n")) {
			assertThat(reader.header()).as("only a line of sep= and one character").containsExactly("sepal_length", "b");
		}
	}

	@Test
	void spacesBeforeAnOpeningQuoteDoNotMakeTheQuotesData() throws IOException {
		try (CsvRowReader reader = reader("a,b,c\n1, \"Boston, MA\" ,\t\"US\"\n")) {
			assertThat(reader.next().values()).containsExactly("1", "Boston, MA", "US");
		}
	}

	private static List<Long> lines(String text) throws IOException {
		List<Long> lines = new ArrayList<>();
		try (CsvRowReader reader = reader(text)) {
			for (CsvRow row = reader.next(); row != null; row = reader.next()) {
				lines.add(row.line());
			}
		}
		return lines;
	}

	private static CsvRowReader reader(String text) throws IOException {
		return reader(text, Delimiter.COMMA);
	}

	private static CsvRowReader reader(String text, Delimiter delimiter) throws IOException {
		return CsvRowReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), delimiter);
	}

}
