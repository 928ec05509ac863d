package org.aimnav.catalog.version;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.Program;
import org.junit.jupiter.api.Test;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogChecksumTests {

	private final Program a = program("aaa-one").tuition("100").build();

	private final Program b = program("bbb-two").build();

	private final Program c = program("ccc-three").city("Boston").build();

	@Test
	void theOrderOfProgramsDoesNotMatterButEveryValueDoes() {
		assertThat(checksum(a, b, c)).isEqualTo(checksum(c, a, b)).hasSize(64);
		assertThat(checksum(a, b, c)).isNotEqualTo(checksum(a, b, program("ccc-three").city("Bostn").build()));
		assertThat(checksum(a, b)).isNotEqualTo(checksum(a, b, c));
		assertThat(checksum()).isEqualTo("0".repeat(64));
	}

	@Test
	void removingAProgramUndoesAddingItAndAChecksumCanBeContinued() {
		CatalogChecksum checksum = new CatalogChecksum();
		checksum.add(a);
		checksum.add(b);
		CatalogChecksum continued = CatalogChecksum.of(checksum.hex());
		continued.add(c);
		continued.remove(b);

		assertThat(continued.hex()).isEqualTo(checksum(a, c));
	}

	@Test
	void theSumWrapsAroundModuloTwoToThe256() {
		CatalogChecksum checksum = CatalogChecksum.of("f".repeat(64));
		checksum.add(a);
		checksum.remove(a);

		assertThat(checksum.hex()).isEqualTo("f".repeat(64));
	}

	@Test
	void aProgramAddsTheSha256OfItsCsvValuesEachFollowedByAUnitSeparatorThenARecordSeparator() throws Exception {
		// Checksums are stored with every version and compared with new imports: their bytes must
		// never change, whatever the code that computes them.
		Program program = program("exact-bytes").months("18.50").tuition("1200.00")
			.audiences(Audience.CLINICIAN, Audience.ENGINEER)
			.topics("nlp", "imaging")
			.description("Ünïcödé, 東京 and 😀")
			.lastVerified("2025-03-01")
			.build();
		StringBuilder csv = new StringBuilder();
		for (CatalogColumn column : CatalogColumn.values()) {
			csv.append(column.valueOf(program)).append('\u001f');
		}
		csv.append('\u001e');
		byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(csv.toString().getBytes(StandardCharsets.UTF_8));
		String expected = String.format(Locale.ROOT, "%064x", new BigInteger(1, sha256));

		assertThat(checksum(program)).isEqualTo(expected);
		assertThat(csv.toString()).contains("18.5\u001f1200\u001f", "clinician;engineer\u001fnlp;imaging\u001f");
	}

	private static String checksum(Program... programs) {
		CatalogChecksum checksum = new CatalogChecksum();
		for (Program program : programs) {
			checksum.add(program);
		}
		return checksum.hex();
	}

}
