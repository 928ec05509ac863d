package org.aimnav.web.catalog;

import java.util.List;
import java.util.Locale;

import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts programs into words for the pages, labels from messages.properties and the taxonomy. */
@Component
public class ProgramViews {

	private final MessageSource messages;

	private final Formats formats;

	private final Taxonomy taxonomy;

	ProgramViews(MessageSource messages, Formats formats, Taxonomy taxonomy) {
		this.messages = messages;
		this.formats = formats;
		this.taxonomy = taxonomy;
	}

	public ProgramView of(Program p) {
		String country = formats.country(p.country());
		String location = country == null ? p.city() : p.city() == null ? country : p.city() + ", " + country;
		return new ProgramView(p, label("credential", p.credential()), label("deliveryFormat", p.deliveryFormat()),
				label("pace", p.pace()), formats.months(p.durationMonths()), formats.money(p.tuitionUsd()), country,
				location, label("priorDegree", p.minPriorDegree()),
				p.audiences().stream().map(a -> label("audience", a)).toList(),
				p.topics().stream().map(taxonomy::label).toList());
	}

	public List<ProgramView> of(List<Program> programs) {
		return programs.stream().map(this::of).toList();
	}

	/** The label of an enumerated value, for example {@code credential.masters}. */
	public String label(String kind, CodedValue value) {
		if (value == null) {
			return null;
		}
		return messages.getMessage(kind + "." + value.code(), null, value.code(), locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
