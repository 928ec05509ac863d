package org.aimnav.catalog.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.Program;

/**
 * Checksum of a catalog version's content: the sum, modulo 2²⁵⁶, of the SHA-256 of each program's
 * CSV values. Two versions with the same programs and values have the same checksum whatever the
 * order they were written in, which is how an import recognises an unchanged catalog. Being a sum,
 * it can be kept up to date while a version is written (programs added, replaced programs
 * removed), so an import need not read a large version back to checksum it.
 */
public final class CatalogChecksum {

	private static final char FIELD_SEPARATOR = '\u001f';

	private static final char RECORD_SEPARATOR = '\u001e';

	private static final CatalogColumn[] COLUMNS = CatalogColumn.values();

	private static final ThreadLocal<StringBuilder> VALUES = ThreadLocal.withInitial(() -> new StringBuilder(1024));

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	});

	/** The sum as four 64-bit words, least significant first. */
	private final long[] sum = new long[4];

	/** The checksum of an empty version. */
	public CatalogChecksum() {
	}

	/** Continues from a checksum given by {@link #hex()}. */
	public static CatalogChecksum of(String hex) {
		if (hex.length() != 64) {
			throw new IllegalArgumentException("A catalog checksum has 64 hex digits, not " + hex.length());
		}
		CatalogChecksum checksum = new CatalogChecksum();
		for (int word = 0; word < 4; word++) {
			int end = 64 - word * 16;
			checksum.sum[word] = Long.parseUnsignedLong(hex.substring(end - 16, end), 16);
		}
		return checksum;
	}

	/** Adds a program (in any order). */
	public void add(Program program) {
		add(digest(program));
	}

	/** Takes away a program added before (one that an import replaced). */
	public void remove(Program program) {
		remove(digest(program));
	}

	/** Adds a program by its digest, which may have been computed on another thread. */
	public void add(Digest digest) {
		long[] hash = digest.words;
		long carry = 0;
		for (int i = 0; i < 4; i++) {
			long s = sum[i] + hash[i];
			long c1 = Long.compareUnsigned(s, sum[i]) < 0 ? 1 : 0;
			long t = s + carry;
			long c2 = Long.compareUnsigned(t, s) < 0 ? 1 : 0;
			sum[i] = t;
			carry = c1 | c2;
		}
	}

	/** Takes away a program by its digest. */
	public void remove(Digest digest) {
		long[] hash = digest.words;
		long borrow = 0;
		for (int i = 0; i < 4; i++) {
			long d = sum[i] - hash[i];
			long b1 = Long.compareUnsigned(sum[i], hash[i]) < 0 ? 1 : 0;
			long t = d - borrow;
			long b2 = Long.compareUnsigned(d, borrow) < 0 ? 1 : 0;
			sum[i] = t;
			borrow = b1 | b2;
		}
	}

	public String hex() {
		return String.format(Locale.ROOT, "%016x%016x%016x%016x", sum[3], sum[2], sum[1], sum[0]);
	}

	/**
	 * What one program adds to a checksum: the SHA-256 of its CSV values in UTF-8, each followed by
	 * a unit separator (0x1f), then a record separator (0x1e). Thread-safe. The values are gathered
	 * into one string and hashed in one go: column by column, the small updates cost more than the
	 * hashing.
	 */
	public static Digest digest(Program program) {
		StringBuilder values = VALUES.get();
		values.setLength(0);
		for (CatalogColumn column : COLUMNS) {
			values.append(column.valueOf(program)).append(FIELD_SEPARATOR);
		}
		values.append(RECORD_SEPARATOR);
		byte[] bytes = SHA256.get().digest(values.toString().getBytes(StandardCharsets.UTF_8));
		long[] words = new long[4];
		for (int word = 0; word < 4; word++) {
			long value = 0;
			for (int b = 0; b < 8; b++) {
				value = (value << 8) | (bytes[(3 - word) * 8 + b] & 0xFF);
			}
			words[word] = value;
		}
		return new Digest(words);
	}

	/** One program's share of a checksum. */
	public static final class Digest {

		private final long[] words;

		private Digest(long[] words) {
			this.words = words;
		}

		/** Equal for programs whose values the catalog format writes alike: a change is unequal. */
		@Override
		public boolean equals(Object other) {
			return other instanceof Digest digest && Arrays.equals(words, digest.words);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(words);
		}

	}

}
