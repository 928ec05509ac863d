package org.aimnav.web.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramPage;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramSearch;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Catalog values are data: whatever a curator's file holds, the pages show it as text. The
 * controller is isolated here (a slice with stubbed queries) so that hostile values can be fed in
 * without publishing them.
 */
@WebMvcTest(ProgramPageController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ Formats.class, Labels.class, ProgramViews.class, ProgramFilterReader.class,
		ProgramPageEscapingTests.RealTaxonomy.class })
class ProgramPageEscapingTests {

	static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProgramSearch search;

	@MockitoBean
	ProgramRepository programs;

	@MockitoBean
	CatalogVersions versions;

	final Program hostile = program("hostile-program").name(HOSTILE)
		.institution("Evil & Co \"quoted\"")
		.description(HOSTILE)
		.city(HOSTILE)
		.build();

	@BeforeEach
	void catalogWithAHostileProgram() {
		given(versions.requireCurrentVersion()).willReturn(7);
		given(versions.currentVersion()).willReturn(OptionalInt.of(7));
		given(programs.find(7, "hostile-program")).willReturn(Optional.of(hostile));
		given(programs.findAll(eq(7), any())).willReturn(List.of(hostile));
		given(search.search(anyInt(), any())).willReturn(new ProgramPage(7, 1, 0, 20, List.of(hostile), Map.of()));
	}

	@Test
	void theProgramPageEscapesEveryValue() throws Exception {
		String html = mvc.perform(get("/programs/hostile-program")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();

		assertEscaped(html);
		assertThat(html).contains("Evil &amp; Co &quot;quoted&quot;");
	}

	@Test
	void theListAndComparePagesEscapeEveryValue() throws Exception {
		assertEscaped(mvc.perform(get("/programs")).andReturn().getResponse().getContentAsString());
		assertEscaped(mvc.perform(get("/compare?ids=hostile-program")).andReturn().getResponse().getContentAsString());
	}

	private static void assertEscaped(String html) {
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	}

	@TestConfiguration
	static class RealTaxonomy {

		@Bean
		Taxonomy taxonomy() {
			return Taxonomy.load(Taxonomy.class.getResourceAsStream("/taxonomy/topics.json"));
		}

	}

}
