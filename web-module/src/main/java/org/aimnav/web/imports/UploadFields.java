package org.aimnav.web.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.aimnav.web.system.ApiFieldError;
import org.aimnav.web.system.FieldProblems;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The fields an upload may send, checked by name before any is read: a policy field under another
 * spelling ({@code Mode=merge}, {@code dry_run=true}) would otherwise be left out, and its default
 * would replace the catalog where the script meant to merge, or publish where it meant to look.
 * The same holds for a field sent twice, and for a second file, which would not be imported.
 */
final class UploadFields {

	static final String FILE = "file";

	private static final List<String> FIELDS = List.of(FILE, "dryRun", "maxRejectedRows", "mode");

	private UploadFields() {
	}

	/** What is wrong with the names and number of the request's fields (query parameters included). */
	static List<ApiFieldError> check(MultipartHttpServletRequest request) {
		List<ApiFieldError> errors = new ArrayList<>();
		Map<String, List<MultipartFile>> files = new TreeMap<>(request.getMultiFileMap());
		Map<String, String[]> texts = new TreeMap<>(request.getParameterMap());
		files.forEach((name, parts) -> {
			if (!name.equals(FILE)) {
				errors.add(unknown(name));
			}
			else if (parts.size() > 1) {
				errors.add(new ApiFieldError(FILE, "COUNT", String.format("file: %d files were sent; an import takes "
						+ "one file, so send each in an upload of its own", parts.size())));
			}
		});
		texts.forEach((name, values) -> {
			if (name.equals(FILE)) {
				if (!files.containsKey(FILE)) {
					errors.add(new ApiFieldError(FILE, "TYPE", "file: the part 'file' was sent as a text field; send it "
							+ "as a file upload, with a file name (curl -F file=@catalog.csv)"));
				}
			}
			else if (!FIELDS.contains(name)) {
				errors.add(unknown(name));
			}
			else if (values.length > 1) {
				errors.add(new ApiFieldError(name, "COUNT", String.format("%s: sent %d times; send it once",
						name, values.length)));
			}
		});
		return errors;
	}

	private static ApiFieldError unknown(String name) {
		String meant = meant(name).map(field -> "; did you mean " + field + "?").orElse(".");
		return new ApiFieldError(name, "UNKNOWN", FieldProblems.quoted(name) + " is not a field of an upload" + meant
				+ " The fields are " + String.join(", ", FIELDS) + ", spelled that way; nothing was imported.");
	}

	/** The field a name spells another way: another case, or with underscores or hyphens. */
	private static Optional<String> meant(String name) {
		String compact = compact(name);
		return FIELDS.stream().filter(field -> compact(field).equals(compact)).findFirst();
	}

	/** A name without case, spaces or punctuation: how a field or option spelled another way is recognised. */
	static String compact(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
	}

}
