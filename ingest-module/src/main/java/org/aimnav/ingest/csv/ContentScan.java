package org.aimnav.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What an upload's bytes are, learnt in the one pass that stores them: size, SHA-256, the first
 * bytes (to recognise binary content), and whether every byte is well-formed UTF-8 (and if not, on
 * which line the first bad one is). Checking the encoding while storing means a file that is not
 * UTF-8 is refused before any job starts, without reading it twice.
 */
public final class ContentScan {

	static final int HEAD_SIZE = 8 * 1024;

	private final MessageDigest sha256;

	private final byte[] head = new byte[HEAD_SIZE];

	private int headLength;

	private long size;

	/** Line breaks so far, counted as the CSV reader counts them: CRLF, LF or a lone CR each end one line. */
	private long lineBreaks;

	private boolean afterCarriageReturn;

	/** Bytes still expected in the current UTF-8 sequence. */
	private int pending;

	/** The allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
	private int nextMin = 0x80;

	private int nextMax = 0xBF;

	private long malformedLine = -1;

	public ContentScan() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** Scans a whole file. */
	public static Result of(Path file) throws IOException {
		ContentScan scan = new ContentScan();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				scan.update(buffer, 0, n);
			}
		}
		return scan.finish();
	}

	public void update(byte[] bytes, int offset, int length) {
		sha256.update(bytes, offset, length);
		if (headLength < HEAD_SIZE) {
			int n = Math.min(length, HEAD_SIZE - headLength);
			System.arraycopy(bytes, offset, head, headLength, n);
			headLength += n;
		}
		if (malformedLine < 0) {
			validate(bytes, offset, length);
		}
		size += length;
	}

	/** The result, once every byte was given. */
	public Result finish() {
		if (malformedLine < 0 && pending > 0) {
			// The file ends inside a multi-byte character.
			malformedLine = lineBreaks + 1;
		}
		return new Result(size, HexFormat.of().formatHex(sha256.digest()), Arrays.copyOf(head, headLength),
				malformedLine);
	}

	/** Well-formed UTF-8 as in The Unicode Standard, table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF. */
	private void validate(byte[] bytes, int offset, int length) {
		for (int i = offset, end = offset + length; i < end; i++) {
			int b = bytes[i] & 0xFF;
			if (pending > 0) {
				if (b < nextMin || b > nextMax) {
					malformedLine = lineBreaks + 1;
					return;
				}
				pending--;
				nextMin = 0x80;
				nextMax = 0xBF;
				continue;
			}
			if (b < 0x80) {
				// A Mac "CSV" export ends its lines with CR alone: the line named must be the one a
				// curator finds, and the one the reader reports the rows of the same file on.
				if (b == '\r' || (b == '\n' && !afterCarriageReturn)) {
					lineBreaks++;
				}
				afterCarriageReturn = b == '\r';
				continue;
			}
			afterCarriageReturn = false;
			if (b >= 0xC2 && b <= 0xDF) {
				pending = 1;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				pending = 2;
				nextMin = b == 0xE0 ? 0xA0 : 0x80;
				nextMax = b == 0xED ? 0x9F : 0xBF;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				pending = 3;
				nextMin = b == 0xF0 ? 0x90 : 0x80;
				nextMax = b == 0xF4 ? 0x8F : 0xBF;
			}
			else {
				malformedLine = lineBreaks + 1;
				return;
			}
		}
	}

	/**
	 * @param size bytes in the file
	 * @param sha256 hex SHA-256 of the bytes
	 * @param head the first bytes (up to 8 KB)
	 * @param malformedLine the line of the first byte that is not UTF-8, or -1 when every byte is
	 */
	public record Result(long size, String sha256, byte[] head, long malformedLine) {

		public boolean utf8() {
			return malformedLine < 0;
		}

	}

}
