package org.aimnav.catalog.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.Program;

/**
 * SHA-256 of a catalog version's content: every program's CSV values, programs in id order. Two
 * versions with the same programs and values have the same checksum whatever the row order of
 * the files they came from, which is how an import recognises an unchanged catalog.
 */
public final class CatalogChecksum {

	private static final byte FIELD_SEPARATOR = 0x1f;

	private static final byte RECORD_SEPARATOR = 0x1e;

	private final MessageDigest digest;

	private String lastId = null;

	public CatalogChecksum() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** Adds the next program; programs must come in strictly increasing id order. */
	public void add(Program program) {
		if (lastId != null && program.programId().compareTo(lastId) <= 0) {
			throw new IllegalArgumentException("Programs must be added in id order: " + program.programId()
					+ " came after " + lastId);
		}
		lastId = program.programId();
		for (CatalogColumn column : CatalogColumn.values()) {
			digest.update(column.valueOf(program).getBytes(StandardCharsets.UTF_8));
			digest.update(FIELD_SEPARATOR);
		}
		digest.update(RECORD_SEPARATOR);
	}

	public String hex() {
		return HexFormat.of().formatHex(digest.digest());
	}

}
