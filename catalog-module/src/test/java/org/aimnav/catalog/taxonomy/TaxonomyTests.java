package org.aimnav.catalog.taxonomy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomyTests {

	private final Taxonomy taxonomy = Taxonomy.load(getClass().getResourceAsStream("/taxonomy/topics.json"));

	@Test
	void theShippedTaxonomyHasEveryTopicOfTheCsvFormat() {
		assertThat(taxonomy.codes()).containsExactlyInAnyOrder("machine_learning", "deep_learning",
				"medical_imaging", "ehr_data", "clinical_data_science", "nlp", "generative_ai", "genomics",
				"precision_medicine", "drug_discovery", "clinical_decision_support", "ethics", "regulation_policy",
				"leadership_strategy", "implementation", "public_health", "biomedical_informatics", "statistics",
				"programming", "workflow_automation", "patient_safety", "research_methods");
		assertThat(taxonomy.topics()).allSatisfy(topic -> {
			assertThat(topic.label()).isNotBlank();
			assertThat(topic.group()).isNotBlank();
		});
	}

	@Test
	void codesAreReadLeniently() {
		assertThat(taxonomy.find("Medical imaging")).map(Topic::code).contains("medical_imaging");
		assertThat(taxonomy.find(" DEEP-LEARNING ")).map(Topic::code).contains("deep_learning");
		assertThat(taxonomy.find("radiology")).isEmpty();
	}

	@Test
	void synonymsNameTheirTopic() {
		assertThat(taxonomy.findBySynonym("Radiology")).map(Topic::code).contains("medical_imaging");
		assertThat(taxonomy.findBySynonym("large language models")).map(Topic::code).contains("generative_ai");
		assertThat(taxonomy.findBySynonym("Medical imaging")).map(Topic::code).contains("medical_imaging");
		assertThat(taxonomy.findBySynonym("astronomy")).isEmpty();
	}

	@Test
	void aCodeWrittenWithATypingErrorOrTwoNamesItsTopicWhenOnlyOneIsThatClose() {
		assertThat(taxonomy.findByCloseSpelling("machine_lerning")).map(Topic::code).contains("machine_learning");
		assertThat(taxonomy.findByCloseSpelling("Machine Lraening")).map(Topic::code).contains("machine_learning");
		assertThat(taxonomy.findByCloseSpelling("ethic")).map(Topic::code).contains("ethics");
		assertThat(taxonomy.findByCloseSpelling("npl")).map(Topic::code).contains("nlp");
		// Three errors, or one in a short word that is as close to nothing in particular: no guess.
		assertThat(taxonomy.findByCloseSpelling("mchine_lerninng")).isEmpty();
		assertThat(taxonomy.findByCloseSpelling("xyz")).isEmpty();
		assertThat(taxonomy.findByCloseSpelling("")).isEmpty();
	}

	@Test
	void aTaxonomyFileCanAddTopicsWithoutCode() {
		String json = """
				{"groups": [{"name": "New", "topics": [
				  {"code": "robotics", "label": "Surgical robotics", "synonyms": ["robots"]}]}]}
				""";
		Taxonomy extended = Taxonomy.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

		assertThat(extended.contains("robotics")).isTrue();
		assertThat(extended.label("robotics")).isEqualTo("Surgical robotics");
		assertThat(extended.findBySynonym("robots")).map(Topic::group).contains("New");
	}

	@Test
	void aTopicDefinedTwiceIsRefused() {
		String json = """
				{"groups": [{"name": "A", "topics": [{"code": "x1", "label": "X"}]},
				            {"name": "B", "topics": [{"code": "x1", "label": "Y"}]}]}
				""";
		assertThatThrownBy(() -> Taxonomy.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("x1");
	}

}
