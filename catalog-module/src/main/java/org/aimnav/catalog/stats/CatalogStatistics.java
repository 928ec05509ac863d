package org.aimnav.catalog.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.Program;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;


/**
 * Computes a {@link CatalogSummary} from a catalog version's programs in one pass: the one-valued
 * columns go into a Tablesaw table (one row per program) and Tablesaw does the grouping and the
 * arithmetic (counts, unique values, distributions per credential, medians); the list columns
 * (audiences, topics) are counted on the way. Stateless: safe to share.
 */
public class CatalogStatistics {

	private static final CatalogColumn[] COLUMNS = CatalogColumn.values();

	private static final Audience[] AUDIENCES = Audience.values();

	private static final Credential[] CREDENTIALS = Credential.values();

	private final List<String> topicCodes;

	private final Map<String, Integer> topicIndex = new HashMap<>();

	/** @param topicCodes the taxonomy's topics, in the order the coverage matrix lists them */
	public CatalogStatistics(List<String> topicCodes) {
		this.topicCodes = List.copyOf(topicCodes);
		for (int t = 0; t < this.topicCodes.size(); t++) {
			topicIndex.put(this.topicCodes.get(t), t);
		}
	}

	/**
	 * @param programs hands every program of the version to the consumer it is given
	 * @param today the day freshness ages are counted to
	 */
	public CatalogSummary compute(int version, Consumer<Consumer<Program>> programs, LocalDate today) {
		Tables tables = new Tables();
		programs.accept(tables::add);
		Table main = tables.main;
		long programCount = main.rowCount();
		StringColumn country = main.stringColumn("country");
		return new CatalogSummary(version, programCount, main.stringColumn("institution").countUnique(),
				country.removeMissing().countUnique(), counts(main, "credential", CodedValue.codes(Credential.class)),
				counts(main, "delivery_format", CodedValue.codes(DeliveryFormat.class)),
				counts(main, "pace", CodedValue.codes(Pace.class)), countsByFrequency(main, "country"),
				tables.audienceCounts(), tables.topicCounts(),
				Map.of("byCredential", distributions(tables.tuition)),
				Map.of("byCredential", distributions(tables.duration)), tables.topicByCredential(),
				tables.completeness(), tables.notStated(), freshness(tables.lastVerified, programCount, today));
	}

	/** Programs per stated value, in the order of {@code order}; values with no program left out. */
	private static Map<String, Long> counts(Table table, String column, List<String> order) {
		Map<String, Long> found = categoryCounts(table, column);
		Map<String, Long> ordered = new LinkedHashMap<>();
		order.forEach(value -> {
			Long count = found.remove(value);
			if (count != null) {
				ordered.put(value, count);
			}
		});
		ordered.putAll(found); // values the order does not know (none for a validated catalog)
		return ordered;
	}

	/** Programs per stated value, most frequent first, ties by value. */
	private static Map<String, Long> countsByFrequency(Table table, String column) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		categoryCounts(table, column).entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	private static Map<String, Long> categoryCounts(Table table, String column) {
		StringColumn values = table.stringColumn(column);
		Table counts = values.where(values.isNotMissing()).countByCategory();
		Map<String, Long> found = new LinkedHashMap<>();
		for (Row row : counts) {
			found.put(row.getString(0), (long) row.getInt(1));
		}
		return found;
	}

	/**
	 * The distribution of each credential's stated values. Quartiles and median come from Commons
	 * Math's {@link Percentile}, as Tablesaw's own {@code quartile1}, {@code median} and
	 * {@code quartile3} do (the same default estimation), but from one sorted copy per credential
	 * rather than one sort per statistic.
	 */
	private static Map<String, Distribution> distributions(DoubleColumn[] byCredential) {
		Map<String, Distribution> distributions = new LinkedHashMap<>();
		for (Credential credential : CREDENTIALS) {
			double[] values = byCredential[credential.ordinal()].asDoubleArray();
			if (values.length == 0) {
				continue;
			}
			Percentile percentile = new Percentile();
			percentile.setData(values);
			distributions.put(credential.code(), new Distribution(values.length, StatUtils.min(values),
					percentile.evaluate(25), percentile.evaluate(50), percentile.evaluate(75), StatUtils.max(values),
					StatUtils.mean(values)));
		}
		return distributions;
	}

	private static Freshness freshness(List<LocalDate> verified, long programCount, LocalDate today) {
		Map<String, Long> byAge = new LinkedHashMap<>();
		for (String band : List.of("under_6_months", "6_to_12_months", "1_to_2_years", "over_2_years")) {
			byAge.put(band, 0L);
		}
		DoubleColumn ages = DoubleColumn.create("age_days");
		LocalDate oldest = null;
		LocalDate newest = null;
		for (LocalDate date : verified) {
			long days = ChronoUnit.DAYS.between(date, today);
			ages.append(days);
			long months = ChronoUnit.MONTHS.between(date, today);
			String band = months < 6 ? "under_6_months" : months < 12 ? "6_to_12_months"
					: months < 24 ? "1_to_2_years" : "over_2_years";
			byAge.merge(band, 1L, Long::sum);
			oldest = oldest == null || date.isBefore(oldest) ? date : oldest;
			newest = newest == null || date.isAfter(newest) ? date : newest;
		}
		long unconfirmed = programCount - verified.size();
		byAge.put("unconfirmed", unconfirmed);
		return new Freshness(today, verified.size(), unconfirmed,
				programCount == 0 ? 0 : (double) unconfirmed / programCount, ages.isEmpty() ? null : ages.median(),
				oldest, newest, byAge);
	}

	/** The programs laid out for Tablesaw while they stream past. */
	private final class Tables {

		final Table main = Table.create("programs", StringColumn.create("institution"),
				StringColumn.create("credential"), StringColumn.create("delivery_format"), StringColumn.create("pace"),
				StringColumn.create("country"));

		/** Stated tuition and duration, a column per credential: blanks are left out, never zero. */
		final DoubleColumn[] tuition = perCredential("tuition_usd");

		final DoubleColumn[] duration = perCredential("duration_months");

		/**
		 * Programs per audience, and per topic and credential. The list columns are counted here, not
		 * in Tablesaw: a table of one row per program and topic would hold four to five times the
		 * programs only to be counted once.
		 */
		private final long[] audiences = new long[AUDIENCES.length];

		private final long[][] topics = new long[topicCodes.size()][CREDENTIALS.length];

		final List<LocalDate> lastVerified = new ArrayList<>();

		private final long[] filled = new long[COLUMNS.length];

		private long rows;

		void add(Program p) {
			String credential = p.credential().code();
			main.stringColumn(0).append(p.institution());
			main.stringColumn(1).append(credential);
			main.stringColumn(2).append(p.deliveryFormat() == null ? "" : p.deliveryFormat().code());
			main.stringColumn(3).append(p.pace() == null ? "" : p.pace().code());
			main.stringColumn(4).append(p.country() == null ? "" : p.country());
			if (p.tuitionUsd() != null) {
				tuition[p.credential().ordinal()].append(p.tuitionUsd().doubleValue());
			}
			if (p.durationMonths() != null) {
				duration[p.credential().ordinal()].append(p.durationMonths().doubleValue());
			}
			for (Audience audience : p.audiences()) {
				audiences[audience.ordinal()]++;
			}
			for (String topic : p.topics()) {
				Integer index = topicIndex.get(topic);
				if (index != null) {
					topics[index][p.credential().ordinal()]++;
				}
			}
			if (p.lastVerified() != null) {
				lastVerified.add(p.lastVerified());
			}
			for (CatalogColumn column : COLUMNS) {
				if (column.isStated(p)) {
					filled[column.ordinal()]++;
				}
			}
			rows++;
		}

		/** Programs per audience that any program has, in the enum's order. */
		Map<String, Long> audienceCounts() {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (Audience audience : AUDIENCES) {
				if (audiences[audience.ordinal()] > 0) {
					counts.put(audience.code(), audiences[audience.ordinal()]);
				}
			}
			return counts;
		}

		/** Programs per topic that any program has, in the taxonomy's order. */
		Map<String, Long> topicCounts() {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (int t = 0; t < topics.length; t++) {
				long total = 0;
				for (long count : topics[t]) {
					total += count;
				}
				if (total > 0) {
					counts.put(topicCodes.get(t), total);
				}
			}
			return counts;
		}

		/** Every topic by every credential, zeros included: the coverage matrix. */
		Map<String, Map<String, Long>> topicByCredential() {
			Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
			for (int t = 0; t < topics.length; t++) {
				Map<String, Long> row = new LinkedHashMap<>();
				for (Credential credential : CREDENTIALS) {
					row.put(credential.code(), topics[t][credential.ordinal()]);
				}
				matrix.put(topicCodes.get(t), row);
			}
			return matrix;
		}

		Map<String, Double> completeness() {
			Map<String, Double> fractions = new LinkedHashMap<>();
			for (CatalogColumn column : CatalogColumn.values()) {
				fractions.put(column.header(), rows == 0 ? 0 : (double) filled[column.ordinal()] / rows);
			}
			return fractions;
		}

		Map<String, Long> notStated() {
			Map<String, Long> blanks = new LinkedHashMap<>();
			for (CatalogColumn column : CatalogColumn.values()) {
				if (!column.required()) {
					blanks.put(column.header(), rows - filled[column.ordinal()]);
				}
			}
			return blanks;
		}

		private static DoubleColumn[] perCredential(String name) {
			DoubleColumn[] columns = new DoubleColumn[CREDENTIALS.length];
			for (Credential credential : CREDENTIALS) {
				columns[credential.ordinal()] = DoubleColumn.create(name + "_" + credential.code());
			}
			return columns;
		}

	}

}
