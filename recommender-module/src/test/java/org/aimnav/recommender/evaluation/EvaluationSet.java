package org.aimnav.recommender.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.aimnav.recommender.profile.ProfileRequest;
import org.aimnav.recommender.profile.ProfileValidator;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code evaluation/profiles.json}; every profile is held to the API's rules. */
final class EvaluationSet {

	static final String RESOURCE = "/evaluation/profiles.json";

	private EvaluationSet() {
	}

	static List<LabelledProfile> load(ProfileValidator validator) {
		try (InputStream json = EvaluationSet.class.getResourceAsStream(RESOURCE)) {
			Document document = JsonMapper.builder().build().readValue(json, Document.class);
			return document.profiles()
				.stream()
				.map(p -> new LabelledProfile(p.id(), p.description(), validator.parse(p.profile()),
						Map.copyOf(p.judgments())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Document(String about, List<ProfileDocument> profiles) {
	}

	private record ProfileDocument(String id, String description, ProfileRequest profile,
			Map<String, Integer> judgments) {
	}

}
