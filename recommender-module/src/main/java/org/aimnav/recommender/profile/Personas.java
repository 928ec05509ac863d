package org.aimnav.recommender.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The personas a page offers, read from data ({@code recommender/personas.json} by default) and
 * held to the same rules as any client's profile, so a preset can never be an invalid request.
 */
public final class Personas {

	private final List<Persona> all;

	public Personas(List<Persona> all) {
		this.all = List.copyOf(all);
	}

	/**
	 * Reads {@code [{key, label, description, profile: <LearnerProfile as the API writes it>}]}.
	 * A persona whose profile breaks a rule fails the load with the persona's key in the message.
	 */
	public static Personas load(InputStream json, ProfileValidator validator) {
		try (json) {
			PersonaDocument[] documents = JsonMapper.builder().build().readValue(json, PersonaDocument[].class);
			List<Persona> personas = new ArrayList<>();
			for (PersonaDocument document : documents) {
				try {
					personas.add(new Persona(document.key(), document.label(), document.description(),
							validator.parse(document.profile())));
				}
				catch (InvalidProfileException ex) {
					throw new IllegalArgumentException("Persona '" + document.key() + "': " + ex.getMessage(), ex);
				}
			}
			return new Personas(personas);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the personas", ex);
		}
	}

	public List<Persona> all() {
		return all;
	}

	public Optional<Persona> find(String key) {
		return all.stream().filter(p -> p.key().equals(key)).findFirst();
	}

	private record PersonaDocument(String key, String label, String description, ProfileRequest profile) {
	}

}
