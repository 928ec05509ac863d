package org.aimnav.catalog.program;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The number of matches of a search and every facet's counts, in one pass over the programs that
 * match all but the facet filters: a program counts for a facet when it passes every other facet's
 * filter (the counts apply every filter but their own), and for the total when it passes them all.
 * The database's pass and the in-memory index's pass share it, so both count alike.
 */
final class FacetCounts {

	/** The facets, in the order of a program's {@linkplain #add facet values}. */
	enum Facet {

		CREDENTIAL("credential", false), DELIVERY_FORMAT("deliveryFormat", false), PACE("pace", false),
		COUNTRY("country", false), AUDIENCE("audience", true), TOPIC("topic", true);

		final String key;

		/** Whether a program can have several values (audiences, topics) rather than one. */
		final boolean list;

		Facet(String key, boolean list) {
			this.key = key;
			this.list = list;
		}

	}

	private static final Facet[] FACETS = Facet.values();

	long total;

	/** Per facet, the values the query selects; empty when it does not filter on that facet. */
	private final List<Set<String>> selected;

	private final Map<Facet, Map<String, Long>> known = new EnumMap<>(Facet.class);

	/** Values outside the known ones (countries, and codes no enum lists), shown after them in order. */
	private final Map<Facet, Map<String, Long>> others = new EnumMap<>(Facet.class);

	/**
	 * @param selected per facet in {@link Facet} order, the values the query selects; a selected
	 * country is listed even when nothing matches it
	 * @param audiences the audiences, listed with 0 when no program has them
	 * @param topics the taxonomy's topics, likewise
	 */
	FacetCounts(List<Set<String>> selected, List<String> audiences, List<String> topics) {
		this.selected = List.copyOf(selected);
		known.put(Facet.CREDENTIAL, zeros(CodedValue.codes(Credential.class)));
		known.put(Facet.DELIVERY_FORMAT, zeros(CodedValue.codes(DeliveryFormat.class)));
		known.put(Facet.PACE, zeros(CodedValue.codes(Pace.class)));
		known.put(Facet.COUNTRY, new LinkedHashMap<>());
		known.put(Facet.AUDIENCE, zeros(audiences));
		known.put(Facet.TOPIC, zeros(topics));
		for (Facet facet : FACETS) {
			others.put(facet, new TreeMap<>());
		}
		// A filter the page shows as a ticked box must stay in its facet, with 0 if need be.
		selected.get(Facet.COUNTRY.ordinal()).forEach(country -> others.get(Facet.COUNTRY).put(country, 0L));
	}

	private static Map<String, Long> zeros(List<String> values) {
		Map<String, Long> counts = new LinkedHashMap<>();
		values.forEach(value -> counts.put(value, 0L));
		return counts;
	}

	/**
	 * Counts one program that passed every filter but the facets' ones.
	 * @param values the program's values of each facet, in {@link Facet} order (one or none for a
	 * single-valued facet, distinct values for a list)
	 * @return whether it passes the facet filters too, so it is a match
	 */
	boolean add(List<List<String>> values) {
		return add(values, 1);
	}

	/** Counts {@code programs} programs that all have these facet values, as {@link #add(List)} one. */
	boolean add(List<List<String>> values, long programs) {
		int failing = 0;
		Facet failed = null;
		for (Facet facet : FACETS) {
			Set<String> wanted = selected.get(facet.ordinal());
			if (!wanted.isEmpty() && noneIn(values.get(facet.ordinal()), wanted)) {
				if (++failing > 1) {
					return false;
				}
				failed = facet;
			}
		}
		if (failing == 0) {
			total += programs;
			for (Facet facet : FACETS) {
				count(facet, values.get(facet.ordinal()), programs);
			}
			return true;
		}
		count(failed, values.get(failed.ordinal()), programs);
		return false;
	}

	/** Whether a program with these facet values passes every facet filter; counts nothing. */
	boolean passes(List<List<String>> values) {
		for (Facet facet : FACETS) {
			Set<String> wanted = selected.get(facet.ordinal());
			if (!wanted.isEmpty() && noneIn(values.get(facet.ordinal()), wanted)) {
				return false;
			}
		}
		return true;
	}

	private static boolean noneIn(List<String> values, Set<String> wanted) {
		for (int i = 0; i < values.size(); i++) {
			if (wanted.contains(values.get(i))) {
				return false;
			}
		}
		return true;
	}

	private void count(Facet facet, List<String> values, long programs) {
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			Map<String, Long> counts = known.get(facet);
			if (counts.containsKey(value)) {
				counts.merge(value, programs, Long::sum);
			}
			else if (!facet.list) {
				// A list facet counts only the values it lists (the taxonomy's topics, the audiences).
				others.get(facet).merge(value, programs, Long::sum);
			}
		}
	}

	Map<String, Map<String, Long>> facets() {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (Facet facet : FACETS) {
			Map<String, Long> counts = new LinkedHashMap<>(known.get(facet));
			counts.putAll(others.get(facet));
			facets.put(facet.key, counts);
		}
		return facets;
	}

	/** A program's values of each facet, in {@link Facet} order, as {@link #add} takes them. */
	static List<List<String>> valuesOf(String credential, String deliveryFormat, String pace, String country,
			String audiences, String topics) {
		List<List<String>> values = new ArrayList<>(FACETS.length);
		values.add(one(credential));
		values.add(one(deliveryFormat));
		values.add(one(pace));
		values.add(one(country));
		values.add(distinctCodes(audiences));
		values.add(distinctCodes(topics));
		return values;
	}

	private static List<String> one(String value) {
		return value == null ? List.of() : List.of(value);
	}

	private static List<String> distinctCodes(String stored) {
		List<String> codes = ProgramRows.splitCodes(stored);
		return codes.size() < 2 ? codes : List.copyOf(new LinkedHashSet<>(codes));
	}

}
