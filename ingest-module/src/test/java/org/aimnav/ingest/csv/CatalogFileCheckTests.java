package org.aimnav.ingest.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.RefusalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CatalogFileCheckTests {

	private static final String HEADER = String.join(",", CatalogColumn.headers());

	private static final String ROW = "x-1,U,P,masters,,,,,,,student,nlp,,,,,";

	@TempDir
	Path folder;

	@Test
	void theDelimiterIsTheOneUnderWhichTheHeaderNamesTheMostColumns() throws IOException {
		assertThat(layout(HEADER + "\n" + ROW + "\n").delimiter()).isEqualTo(Delimiter.COMMA);
		assertThat(layout(HEADER.replace(',', ';') + "\n" + ROW.replace(',', ';') + "\n").delimiter())
			.isEqualTo(Delimiter.SEMICOLON);
		assertThat(layout(HEADER.replace(',', '\t') + "\n" + ROW.replace(',', '\t') + "\n").delimiter())
			.isEqualTo(Delimiter.TAB);
		assertThat(layout("sep=;\r\n" + HEADER.replace(',', ';') + "\r\n" + ROW.replace(',', ';') + "\r\n").delimiter())
			.as("after Excel's separator line").isEqualTo(Delimiter.SEMICOLON);
	}

	@Test
	void headerNamesMatchWhateverTheirCaseOrderAndSurroundingSpaces() throws IOException {
		CatalogLayout layout = layout(" TOPICS ,Audiences,program id,Institution,Program-Name,CREDENTIAL,extra,\n"
				+ "nlp,student,x-1,U,P,masters,,\n");

		assertThat(layout.header().indexOf(CatalogColumn.PROGRAM_ID)).isEqualTo(2);
		assertThat(layout.header().indexOf(CatalogColumn.TOPICS)).isZero();
		assertThat(layout.header().indexOf(CatalogColumn.CITY)).isEqualTo(-1);
		assertThat(layout.header().ignoredColumns()).as("the trailing delimiter is no column to warn about")
			.containsExactly("extra");
		assertThat(layout.warnings()).containsExactly("Columns that the catalog format does not have were ignored: extra.");
	}

	@Test
	void headerNamesMatchWithoutRegardToSpacesPunctuationAndUnderscores() throws IOException {
		CatalogLayout layout = layout("ProgramID,Institution,Program Name,credential,audiences,topics,Tuition (USD),"
				+ "Duration (months),LastVerified,source-url\n" + "x-1,U,P,masters,student,nlp,100,12,2026-01-01,\n");

		assertThat(layout.header().indexOf(CatalogColumn.PROGRAM_ID)).isZero();
		assertThat(layout.header().indexOf(CatalogColumn.TUITION_USD)).isEqualTo(6);
		assertThat(layout.header().indexOf(CatalogColumn.DURATION_MONTHS)).isEqualTo(7);
		assertThat(layout.header().indexOf(CatalogColumn.LAST_VERIFIED)).isEqualTo(8);
		assertThat(layout.header().indexOf(CatalogColumn.SOURCE_URL)).isEqualTo(9);
		assertThat(layout.warnings()).isEmpty();
	}

	@Test
	void anIgnoredColumnThatLooksLikeOneTheFileLacksIsNamedForWhatImportingWithoutItDoes() throws IOException {
		CatalogLayout layout = layout("program_id,institution,program_name,credential,audiences,topics,Tuition,coutry,"
				+ "last_verifed,notes,url2,url\n" + "x-1,U,P,masters,student,nlp,100,US,2026-01-01,n,u,\n");

		assertThat(layout.header().lookalikes()).containsExactly(entry("Tuition", CatalogColumn.TUITION_USD),
				entry("coutry", CatalogColumn.COUNTRY), entry("last_verifed", CatalogColumn.LAST_VERIFIED));
		assertThat(layout.warnings()).containsExactly(
				"Columns that the catalog format does not have were ignored: Tuition, coutry, last_verifed, notes, url2.",
				"The ignored column 'Tuition' looks like tuition_usd, which the file lacks: its values are not imported; "
						+ "rename it to tuition_usd to import them.",
				"The ignored column 'coutry' looks like country, which the file lacks: its values are not imported; "
						+ "rename it to country to import them.",
				"The ignored column 'last_verifed' looks like last_verified, which the file lacks: its values are not "
						+ "imported; rename it to last_verified to import them.");
	}

	@Test
	void lookalikesAreWordsOfAColumnItsPluralOrATypoButNotAShortWordALetterAway() throws IOException {
		CatalogLayout layout = layout("program_id,institution,program_name,credential,audiences,topics,Tuition (EUR),"
				+ "Verified,Durations,cities,Place,Curl\n" + "x-1,U,P,masters,student,nlp,1,2,3,4,5,6\n");

		assertThat(layout.header().lookalikes()).containsExactly(entry("Tuition (EUR)", CatalogColumn.TUITION_USD),
				entry("Verified", CatalogColumn.LAST_VERIFIED), entry("Durations", CatalogColumn.DURATION_MONTHS),
				entry("cities", CatalogColumn.CITY));
	}

	@Test
	void aColumnUnderAnotherCommonNameIsTheLookalikeOfThatColumnOnly() throws IOException {
		CatalogLayout layout = layout("program_id,institution,program_name,credential,audiences,topics,Website,Degree,Fees\n"
				+ "x-1,U,P,masters,student,nlp,https://u.edu,MSc,1000\n");

		assertThat(layout.header().lookalikes()).as("Degree beside credential is no min_prior_degree")
			.containsExactly(entry("Website", CatalogColumn.URL), entry("Fees", CatalogColumn.TUITION_USD));
		assertThatThrownBy(() -> layout("id,University,Title,Degree,audiences,topics\nx-1,U,P,masters,student,nlp\n"))
			.isInstanceOf(ImportRefusedException.class)
			.hasMessage("The header lacks the required columns program_id, institution, program_name, credential. Every "
					+ "file needs program_id, institution, program_name, credential, audiences, topics. Perhaps the header "
					+ "has 'id' for program_id, 'University' for institution, 'Title' for program_name, 'Degree' for "
					+ "credential under another name: rename them.");
	}

	@Test
	void aMissingRequiredColumnIsFoundUnderTheNameItLooksLike() {
		assertRefused("program_id,institution,program_name,credential,audiences,topic\nx,U,P,masters,student,nlp\n",
				RefusalReason.MISSING_COLUMNS, "The header lacks the required column topics. Every file needs program_id, "
						+ "institution, program_name, credential, audiences, topics. Perhaps the header has 'topic' for "
						+ "topics under another name: rename it.");
	}

	@Test
	void anUnnamedColumnBetweenNamedOnesIsNamedByPositionAndALongListIsCounted() throws IOException {
		assertThat(layout(HEADER + ",,notes\n" + ROW + ",,\n").header().ignoredColumns())
			.containsExactly("(unnamed column " + (HEADER.split(",").length + 1) + ")", "notes");

		StringBuilder header = new StringBuilder(HEADER);
		StringBuilder row = new StringBuilder(ROW);
		for (int i = 1; i <= 25; i++) {
			header.append(",extra").append(i);
			row.append(',');
		}
		assertThat(layout(header + "\n" + row + "\n").warnings()).containsExactly("Columns that the catalog format "
				+ "does not have were ignored: extra1, extra2, extra3, extra4, extra5, extra6, extra7, extra8, extra9, "
				+ "extra10, extra11, extra12, extra13, extra14, extra15, extra16, extra17, extra18, extra19, extra20 "
				+ "and 5 more.");
	}

	@Test
	void invisibleCharactersAroundHeaderNamesDoNotHideTheColumn() throws IOException {
		// A byte-order mark twice (the second survives the reader), a no-break space, a zero-width space.
		CatalogLayout layout = layout("\uFEFF\uFEFFprogram_id,institution,program_name,credential,audiences,topics,"
				+ "city\u00A0,\u200Burl\n" + "x-1,U,P,masters,student,nlp,Oslo,https://example.org\n");

		assertThat(layout.header().indexOf(CatalogColumn.PROGRAM_ID)).isZero();
		assertThat(layout.header().indexOf(CatalogColumn.CITY)).isEqualTo(6);
		assertThat(layout.header().indexOf(CatalogColumn.URL)).isEqualTo(7);
		assertThat(layout.header().ignoredColumns()).isEmpty();
	}

	@Test
	void everyMissingRequiredColumnIsNamed() {
		assertRefused("program_id,city\nx,y\n", RefusalReason.MISSING_COLUMNS,
				"The header lacks the required columns institution, program_name, credential, audiences, topics. "
						+ "Every file needs program_id, institution, program_name, credential, audiences, topics.");
	}

	@Test
	void aControlCharacterInAHeaderNameRefusesTheFileInsteadOfDroppingTheColumn() {
		assertRefused(HEADER.replace("city", "ci\0ty") + "\n" + ROW + "\n", RefusalReason.MALFORMED,
				"The header has a control character (U+0000) in column 10 ('ci?ty'); the file may be damaged. "
						+ "Remove it and upload the file again.");
	}

	@Test
	void aTitleAboveTheHeaderIsRefusedNamingTheLineThatIsTheHeader() {
		assertRefused("AI in medicine programs, November 2026\n\n" + HEADER + "\n" + ROW + "\n", RefusalReason.NO_HEADER,
				"The first line must be the header naming the columns; it names none of them (AI in medicine programs, "
						+ "November 2026), but line 3 does: remove the lines above it and upload the file again.");
		assertRefused("Catalog;;;\n" + HEADER.replace(',', ';') + "\n" + ROW.replace(',', ';') + "\n",
				RefusalReason.NO_HEADER, "The first line must be the header naming the columns; it names none of them "
						+ "(Catalog;;;), but line 2 does: remove the line above it and upload the file again.");
	}

	@Test
	void aFileWhoseLinesAreEachOneQuotedValueIsToldSo() {
		assertRefused("\"" + HEADER + "\"\n\"" + ROW + "\"\n", RefusalReason.NO_HEADER, "The header is one quoted value "
				+ "holding the column names (program_id,institution,program_name,credential,delivery_format,pace,duration_mon…): "
				+ "each line of the file is wrapped in quotes. Save it again with quotes around values only, not around "
				+ "whole lines.");
	}

	@Test
	void aFileSeparatedByAnotherCharacterIsToldWhichAndWhatTheFormatReads() {
		String message = "The header's column names are separated by '|' (program_id|institution|program_name|credential|"
				+ "delivery_format|pace|duration_mon…); the catalog format reads values separated by commas, or by "
				+ "semicolons or tabs as spreadsheets export them. Save the file as CSV with commas and upload it again.";
		assertRefused(HEADER.replace(',', '|') + "\n" + ROW.replace(',', '|') + "\n", RefusalReason.NO_HEADER, message);
		assertRefused("sep=|\r\n" + HEADER.replace(',', '|') + "\r\n" + ROW.replace(',', '|') + "\r\n",
				RefusalReason.NO_HEADER, message);
	}

	@Test
	void aLineBreakInAHeaderCellIsASpace() throws IOException {
		CatalogLayout layout = layout("program_id,institution,program_name,credential,audiences,topics,\"Tuition\n(USD)\"\n"
				+ "x-1,U,P,masters,student,nlp,100\n");

		assertThat(layout.header().indexOf(CatalogColumn.TUITION_USD)).isEqualTo(6);
	}

	@Test
	void aFileOfBlankLinesIsEmpty() {
		assertRefused("\n\n\n", RefusalReason.EMPTY, "The file has no content (only blank lines).");
	}

	@Test
	void binaryContentIsRecognisedByItsFirstBytes() {
		assertThat(CatalogFileCheck.binaryKind(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }))
			.isEqualTo("an old Excel workbook (.xls)");
		assertThat(CatalogFileCheck.binaryKind("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a PDF document");
		assertThat(CatalogFileCheck.binaryKind(new byte[] { 'a', 0, 'b' })).contains("NUL bytes");
		assertThat(CatalogFileCheck.binaryKind("program_id\0\0".repeat(100).getBytes(StandardCharsets.UTF_16LE)))
			.as("UTF-16 without a byte-order mark").contains("NUL bytes");
		assertThat(CatalogFileCheck.binaryKind((HEADER + "\nx,Uni,Na\0me,phd,,,,,,,student,nlp\n" + "x".repeat(200))
			.getBytes(StandardCharsets.UTF_8))).as("one NUL in a value: its row says where").isNull();
		assertThat(CatalogFileCheck.binaryKind((HEADER + "\n").getBytes(StandardCharsets.UTF_8))).isNull();
	}

	@Test
	void wideUnicodeTextIsRecognisedWithOrWithoutAByteOrderMark() {
		String text = HEADER + "\n" + ROW.replace(",U,", ",Universit\u00e4t Z\u00fcrich,") + "\n";
		assertThat(CatalogFileCheck.wideEncoding(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo("UTF-16");
		assertThat(CatalogFileCheck.wideEncoding(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE))).isEqualTo("UTF-16");
		assertThat(CatalogFileCheck.wideEncoding(text.getBytes(StandardCharsets.UTF_16LE)))
			.isEqualTo("UTF-16 (little-endian, without a byte-order mark)");
		assertThat(CatalogFileCheck.wideEncoding(text.getBytes(StandardCharsets.UTF_16BE)))
			.isEqualTo("UTF-16 (big-endian, without a byte-order mark)");
		assertThat(CatalogFileCheck.wideEncoding(("\uFEFF" + text).getBytes(Charset.forName("UTF-32LE")))).isEqualTo("UTF-32");
		assertThat(CatalogFileCheck.wideEncoding(text.getBytes(Charset.forName("UTF-32BE"))))
			.isEqualTo("UTF-32 (big-endian, without a byte-order mark)");
		assertThat(CatalogFileCheck.wideEncoding(text.getBytes(Charset.forName("UTF-32LE"))))
			.isEqualTo("UTF-32 (little-endian, without a byte-order mark)");
		assertThat(CatalogFileCheck.wideEncoding(text.getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(CatalogFileCheck.wideEncoding(new byte[] { 'a', 0, 'b', 0, 0, 0, 'c', 'd', 'e', 'f', 0, 'g' }))
			.as("NULs here and there are binary content, not text").isNull();
	}

	private CatalogLayout layout(String content) throws IOException {
		Path file = folder.resolve("file.csv");
		Files.writeString(file, content);
		return CatalogFileCheck.layout(file);
	}

	private void assertRefused(String content, RefusalReason reason, String message) {
		assertThatThrownBy(() -> layout(content)).isInstanceOfSatisfying(ImportRefusedException.class, ex -> {
			assertThat(ex.reason()).isEqualTo(reason);
			assertThat(ex.getMessage()).isEqualTo(message);
		});
	}

}
