package org.aimnav.catalog.version;

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

	private static String checksum(Program... programs) {
		CatalogChecksum checksum = new CatalogChecksum();
		for (Program program : programs) {
			checksum.add(program);
		}
		return checksum.hex();
	}

}
