package org.aimnav.web.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for codes: {@code masters} is "Master's degree" (messages.properties), {@code nlp} is
 * "Natural language processing" (the taxonomy), {@code GB} is "United Kingdom (GB)".
 */
@Component
public class Labels {

	private final MessageSource messages;

	private final Taxonomy taxonomy;

	private final Formats formats;

	Labels(MessageSource messages, Taxonomy taxonomy, Formats formats) {
		this.messages = messages;
		this.taxonomy = taxonomy;
		this.formats = formats;
	}

	/**
	 * @param kind {@code credential}, {@code deliveryFormat}, {@code pace}, {@code audience},
	 * {@code priorDegree}, {@code topic} or {@code country}
	 */
	public String of(String kind, String code) {
		if (code == null) {
			return null;
		}
		return switch (kind) {
			case "topic" -> taxonomy.label(code);
			case "country" -> formats.country(code);
			default -> messages.getMessage(kind + "." + code, null, code, locale());
		};
	}

	public String of(String kind, CodedValue value) {
		return value == null ? null : of(kind, value.code());
	}

	/** Every label of every kind, for pages whose scripts draw charts from the API's codes. */
	public Map<String, Map<String, String>> all() {
		Map<String, Map<String, String>> all = new LinkedHashMap<>();
		all.put("credential", labels("credential", CodedValue.codes(Credential.class)));
		all.put("deliveryFormat", labels("deliveryFormat", CodedValue.codes(DeliveryFormat.class)));
		all.put("pace", labels("pace", CodedValue.codes(Pace.class)));
		all.put("audience", labels("audience", CodedValue.codes(Audience.class)));
		all.put("priorDegree", labels("priorDegree", CodedValue.codes(PriorDegree.class)));
		all.put("topic", labels("topic", taxonomy.codes()));
		return all;
	}

	private Map<String, String> labels(String kind, List<String> codes) {
		Map<String, String> labels = new LinkedHashMap<>();
		codes.forEach(code -> labels.put(code, of(kind, code)));
		return labels;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
