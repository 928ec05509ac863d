package org.aimnav.ingest.csv;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentScanTests {

	@Test
	void sizeAndSha256AreThoseOfTheBytes() {
		ContentScan.Result result = scan("abc".getBytes(StandardCharsets.US_ASCII));

		assertThat(result.size()).isEqualTo(3);
		assertThat(result.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(result.utf8()).isTrue();
	}

	@Test
	void wellFormedUtf8PassesEvenWhenACharacterIsSplitBetweenReads() {
		byte[] text = "Zürich, 東京, 🎓\n".getBytes(StandardCharsets.UTF_8);
		ContentScan scan = new ContentScan();
		for (byte b : text) {
			scan.update(new byte[] { b }, 0, 1);
		}

		assertThat(scan.finish().utf8()).isTrue();
	}

	@Test
	void illFormedSequencesAreFoundOnTheirLine() {
		assertThat(malformedLine("ok\nok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(3);
		assertThat(malformedLine(bytes(0xC0, 0x80))).as("overlong NUL").isEqualTo(1);
		assertThat(malformedLine(bytes(0xE0, 0x80, 0x80))).as("overlong three bytes").isEqualTo(1);
		assertThat(malformedLine(bytes(0xED, 0xA0, 0x80))).as("a surrogate").isEqualTo(1);
		assertThat(malformedLine(bytes(0xF4, 0x90, 0x80, 0x80))).as("past U+10FFFF").isEqualTo(1);
		assertThat(malformedLine(bytes('a', '\n', 0xE2, 0x82))).as("cut at the end").isEqualTo(2);
		assertThat(malformedLine(bytes(0xFF))).isEqualTo(1);
	}

	@Test
	void linesEndWithCarriageReturnsAloneAsInAMacExportOrWithCrlfOrLineFeeds() {
		byte[] latin1 = "ok\rok\r\"two\nlines\"\rcaf\u00e9\r".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(malformedLine(latin1)).as("CR alone, and an LF inside a quoted value").isEqualTo(5);
		assertThat(malformedLine("a\r\nb\r\n\u00e9".getBytes(StandardCharsets.ISO_8859_1))).as("CRLF once").isEqualTo(3);
		assertThat(malformedLine("a\n\nb\r\r\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(5);
	}

	private static long malformedLine(byte[] content) {
		return scan(content).malformedLine();
	}

	private static ContentScan.Result scan(byte[] content) {
		ContentScan scan = new ContentScan();
		scan.update(content, 0, content.length);
		return scan.finish();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
