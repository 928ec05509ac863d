package org.aimnav.catalog.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aimnav.catalog.program.CodedValue;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topic taxonomy: an immutable, ordered set of topics in groups. Codes are matched the way
 * the CSV format matches enumerated values ({@code Medical imaging} is {@code medical_imaging}).
 */
public final class Taxonomy {

	private final List<TopicGroup> groups;

	private final Map<String, Topic> byCode;

	private final Map<String, Topic> bySynonym;

	public Taxonomy(List<TopicGroup> groups) {
		this.groups = List.copyOf(groups);
		Map<String, Topic> codes = new LinkedHashMap<>();
		Map<String, Topic> synonyms = new LinkedHashMap<>();
		for (TopicGroup group : groups) {
			for (Topic topic : group.topics()) {
				if (codes.put(topic.code(), topic) != null) {
					throw new IllegalArgumentException("Topic " + topic.code() + " is defined twice");
				}
				synonyms.putIfAbsent(synonymKey(topic.label()), topic);
				topic.synonyms().forEach(s -> synonyms.putIfAbsent(synonymKey(s), topic));
			}
		}
		this.byCode = Map.copyOf(codes);
		this.bySynonym = Map.copyOf(synonyms);
	}

	/** Reads the JSON form: {@code {"groups": [{"name", "topics": [{code, label, synonyms}]}]}}. */
	public static Taxonomy load(InputStream json) {
		try (json) {
			Document document = JsonMapper.builder().build().readValue(json, Document.class);
			List<TopicGroup> groups = new ArrayList<>();
			for (GroupDocument group : document.groups()) {
				List<Topic> topics = group.topics().stream()
					.map(t -> new Topic(t.code(), t.label(), group.name(), t.synonyms()))
					.toList();
				groups.add(new TopicGroup(group.name(), topics));
			}
			return new Taxonomy(groups);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the topic taxonomy", ex);
		}
	}

	public List<TopicGroup> groups() {
		return groups;
	}

	/** Every topic, in the order of the taxonomy file. */
	public List<Topic> topics() {
		return groups.stream().flatMap(g -> g.topics().stream()).toList();
	}

	public List<String> codes() {
		return topics().stream().map(Topic::code).toList();
	}

	/** The topic with this code, read leniently; empty for anything else. */
	public Optional<Topic> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(CodedValue.normalize(code)));
	}

	public boolean contains(String code) {
		return find(code).isPresent();
	}

	/** The topic that a label or synonym names ({@code radiology} names medical imaging). */
	public Optional<Topic> findBySynonym(String text) {
		return text == null ? Optional.empty() : Optional.ofNullable(bySynonym.get(synonymKey(text)));
	}

	/**
	 * The topic whose code is one typing error away from the text ({@code machine_lerning}), or two
	 * for texts longer than five characters, when exactly one topic is that close; for the hint in
	 * an import's report, so it is not fast.
	 */
	public Optional<Topic> findByCloseSpelling(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String written = CodedValue.normalize(text);
		int most = written.length() > 5 ? 2 : 1;
		for (int edits = 1; edits <= most; edits++) {
			CharacterRunAutomaton near = new CharacterRunAutomaton(
					new LevenshteinAutomata(written, true).toAutomaton(edits));
			List<Topic> close = byCode.values().stream().filter(topic -> near.run(topic.code())).toList();
			if (!close.isEmpty()) {
				return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	public String label(String code) {
		return find(code).map(Topic::label).orElse(code);
	}

	private static String synonymKey(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
	}

	private record Document(List<GroupDocument> groups) {
	}

	private record GroupDocument(String name, List<TopicDocument> topics) {
	}

	private record TopicDocument(String code, String label, List<String> synonyms) {
	}

}
