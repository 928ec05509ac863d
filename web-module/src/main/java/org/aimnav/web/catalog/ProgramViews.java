package org.aimnav.web.catalog;

import java.util.List;

import org.aimnav.catalog.program.Program;
import org.springframework.stereotype.Component;

/** Puts programs into words for the pages. */
@Component
public class ProgramViews {

	private final Formats formats;

	private final Labels labels;

	ProgramViews(Formats formats, Labels labels) {
		this.formats = formats;
		this.labels = labels;
	}

	public ProgramView of(Program p) {
		String country = formats.country(p.country());
		String location = country == null ? p.city() : p.city() == null ? country : p.city() + ", " + country;
		return new ProgramView(p, labels.of("credential", p.credential()),
				labels.of("deliveryFormat", p.deliveryFormat()), labels.of("pace", p.pace()),
				formats.months(p.durationMonths()), formats.money(p.tuitionUsd()), country, location,
				labels.of("priorDegree", p.minPriorDegree()),
				p.audiences().stream().map(a -> labels.of("audience", a)).toList(),
				p.topics().stream().map(t -> labels.of("topic", t)).toList());
	}

	public List<ProgramView> of(List<Program> programs) {
		return programs.stream().map(this::of).toList();
	}

}
