package org.aimnav.ingest.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.text.Blanks;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.RefusalReason;

/**
 * Where each column of the catalog format stands in a file's header. Names are matched
 * case-insensitively after trimming ({@link Blanks}; and, like enumerated values, with {@code -} or
 * a space read as {@code _}), in any order; columns the format does not know are ignored.
 */
public final class CatalogHeader {

	private final int size;

	private final int namedSize;

	private final int[] indexes;

	private final List<String> ignored;

	private CatalogHeader(int size, int namedSize, int[] indexes, List<String> ignored) {
		this.size = size;
		this.namedSize = namedSize;
		this.indexes = indexes;
		this.ignored = List.copyOf(ignored);
	}

	/**
	 * Maps a header.
	 * @throws ImportRefusedException the header names no column of the format, names one twice, or
	 * lacks required ones
	 */
	public static CatalogHeader of(List<String> names) {
		int[] indexes = new int[CatalogColumn.values().length];
		Arrays.fill(indexes, -1);
		List<String> ignored = new ArrayList<>();
		Map<CatalogColumn, List<String>> spellings = new EnumMap<>(CatalogColumn.class);
		int namedSize = 0;
		// Unnamed columns are warned about once a named one follows them: after the last named one
		// they are a trailing delimiter, not columns.
		List<String> unnamed = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = Blanks.strip(names.get(i));
			if (name.isEmpty()) {
				unnamed.add("(unnamed column " + (i + 1) + ")");
				continue;
			}
			namedSize = i + 1;
			ignored.addAll(unnamed);
			unnamed.clear();
			CatalogColumn column = column(name);
			if (column == null) {
				ignored.add(name);
				continue;
			}
			spellings.computeIfAbsent(column, c -> new ArrayList<>()).add(name);
			if (indexes[column.ordinal()] < 0) {
				indexes[column.ordinal()] = i;
			}
		}
		if (spellings.isEmpty()) {
			throw new ImportRefusedException(RefusalReason.NO_HEADER,
					"The first line must be the header naming the columns (" + String.join(", ", CatalogColumn.headers())
							+ "); it names none of them" + (names.isEmpty() ? "" : ": " + preview(names)));
		}
		Map<String, List<String>> duplicates = new LinkedHashMap<>();
		spellings.forEach((column, written) -> {
			if (written.size() > 1) {
				duplicates.put(column.header(), written);
			}
		});
		if (!duplicates.isEmpty()) {
			throw new ImportRefusedException(RefusalReason.DUPLICATE_COLUMNS,
					"The header names a column more than once: " + String.join(", ", duplicates.keySet())
							+ ". Keep one column of each name.");
		}
		List<String> missing = new ArrayList<>();
		for (CatalogColumn column : CatalogColumn.values()) {
			if (column.required() && indexes[column.ordinal()] < 0) {
				missing.add(column.header());
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportRefusedException(RefusalReason.MISSING_COLUMNS,
					"The header lacks " + (missing.size() == 1 ? "the required column " : "the required columns ")
							+ String.join(", ", missing) + ". Every file needs "
							+ String.join(", ", requiredHeaders()) + ".");
		}
		return new CatalogHeader(names.size(), namedSize, indexes, ignored);
	}

	/** How many columns the header has, known or not. */
	public int size() {
		return size;
	}

	/**
	 * How many columns the header has up to its last named one: fewer when it ends with a
	 * delimiter, and rows need not have values for unnamed columns at the end.
	 */
	public int namedSize() {
		return namedSize;
	}

	/** Where a column stands in a record, or -1 when the file does not have it. */
	public int indexOf(CatalogColumn column) {
		return indexes[column.ordinal()];
	}

	/** Header names of columns that are not in the format, which the import ignores. */
	public List<String> ignoredColumns() {
		return ignored;
	}

	/** How many of the format's columns a header names, to tell which delimiter reads it right. */
	static int knownColumns(List<String> names) {
		int known = 0;
		for (String name : names) {
			if (column(Blanks.strip(name)) != null) {
				known++;
			}
		}
		return known;
	}

	private static CatalogColumn column(String name) {
		if (name.isEmpty()) {
			return null;
		}
		String normalized = CodedValue.normalize(name);
		for (CatalogColumn column : CatalogColumn.values()) {
			if (column.header().equals(normalized)) {
				return column;
			}
		}
		return null;
	}

	private static List<String> requiredHeaders() {
		return Arrays.stream(CatalogColumn.values()).filter(CatalogColumn::required).map(CatalogColumn::header).toList();
	}

	private static String preview(List<String> names) {
		String joined = String.join(", ", names);
		return joined.length() > 120 ? joined.substring(0, 120) + "…" : joined;
	}

}
