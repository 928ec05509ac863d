package org.aimnav.catalog.program;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;

/** How a {@link Program} is laid out in the {@code program} table, in one place. */
final class ProgramRows {

	static final String COLUMNS = "program_id, institution, program_name, credential, delivery_format, pace, "
			+ "duration_months, tuition_usd, country, city, audiences, topics, min_prior_degree, description, url, "
			+ "source_url, last_verified";

	static final String INSERT = "INSERT INTO program (catalog_version, " + COLUMNS
			+ ", name_terms, institution_terms, description_terms) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	static final RowMapper<Program> MAPPER = ProgramRows::map;

	/** SQL types of the values of {@link #insertValues}, in order: set with no guessing per value. */
	private static final int[] INSERT_TYPES = { Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };

	private ProgramRows() {
	}

	static Object[] insertValues(int version, IndexedProgram indexed) {
		Program p = indexed.program();
		return new Object[] { version, p.programId(), p.institution(), p.programName(), p.credential().code(),
				code(p.deliveryFormat()), code(p.pace()), p.durationMonths(), p.tuitionUsd(), p.country(), p.city(),
				joinAudiences(p.audiences()), joinCodes(p.topics()), code(p.minPriorDegree()), p.description(), p.url(),
				p.sourceUrl(), p.lastVerified(), indexed.nameTerms(),
				indexed.institutionTerms(), indexed.descriptionTerms() };
	}

	/**
	 * Binds insert values with their known types: for a million rows, letting the JDBC layer infer
	 * each value's type (and look up the type of each null) costs real time.
	 */
	static void bind(PreparedStatement statement, Object[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			int type = INSERT_TYPES[i];
			if (value == null) {
				statement.setNull(i + 1, type);
			}
			else if (type == Types.VARCHAR) {
				statement.setString(i + 1, (String) value);
			}
			else if (type == Types.NUMERIC) {
				statement.setBigDecimal(i + 1, (BigDecimal) value);
			}
			else if (type == Types.DATE) {
				// A LocalDate as it is: java.sql.Date.valueOf goes through a calendar for every row.
				statement.setObject(i + 1, value, type);
			}
			else {
				statement.setInt(i + 1, (Integer) value);
			}
		}
	}

	/**
	 * Maps a row selected as {@link #COLUMNS}, by position: looking columns up by name was among the
	 * top frames of the profile of reading a whole version back.
	 */
	static Program map(ResultSet rs, int rowNum) throws SQLException {
		return map(rs, Sharing.NONE);
	}

	private static Program map(ResultSet rs, Sharing sharing) throws SQLException {
		return new Program(rs.getString(1), sharing.string(rs.getString(2)), rs.getString(3),
				Credential.fromCode(rs.getString(4)), parse(DeliveryFormat.class, rs.getString(5)),
				parse(Pace.class, rs.getString(6)), sharing.value(decimal(rs, 7)), sharing.value(decimal(rs, 8)),
				sharing.string(rs.getString(9)), sharing.string(rs.getString(10)),
				sharing.audiences(rs.getString(11)), sharing.codes(rs.getString(12)),
				parse(PriorDegree.class, rs.getString(13)), rs.getString(14), rs.getString(15),
				sharing.string(rs.getString(16)), sharing.value(rs.getObject(17, LocalDate.class)));
	}

	/**
	 * A mapper for reading a whole version to keep in memory (the recommender's snapshot): programs
	 * it maps share their equal values (institution, country, city, source, the lists of topics and
	 * audiences, dates and amounts), which repeat across a catalog. It took the live heap of a
	 * served catalog of 240,000 programs from 314 to 202 MB, most of the copies being topic codes;
	 * the heap decides whether a new version can be prepared beside the one in service. Not
	 * thread-safe: one per reading.
	 */
	static RowMapper<Program> sharingMapper() {
		Sharing sharing = new Sharing();
		return (rs, rowNum) -> map(rs, sharing);
	}

	/**
	 * Equal values seen so far, each kept once. Each kind stops taking new values after
	 * {@link #LIMIT} distinct ones (a column of unique values would only grow the table), and
	 * still shares those it has.
	 */
	private static class Sharing {

		static final Sharing NONE = new Sharing() {

			@Override
			String string(String value) {
				return value;
			}

			@Override
			<T> T value(T value) {
				return value;
			}

			@Override
			List<String> codes(String stored) {
				return splitCodes(stored);
			}

			@Override
			List<Audience> audiences(String stored) {
				return audienceList(stored);
			}

		};

		private static final int LIMIT = 1 << 16;

		private final Map<String, String> strings = new HashMap<>();

		private final Map<Object, Object> values = new HashMap<>();

		private final Map<String, List<String>> codeLists = new HashMap<>();

		private final Map<String, List<Audience>> audienceLists = new HashMap<>();

		String string(String value) {
			return share(strings, value, value);
		}

		@SuppressWarnings("unchecked")
		<T> T value(T value) {
			return (T) share(values, value, value);
		}

		List<String> codes(String stored) {
			List<String> held = codeLists.get(stored);
			if (held != null) {
				return held;
			}
			List<String> codes = new ArrayList<>();
			for (String code : splitCodes(stored)) {
				codes.add(string(code));
			}
			return share(codeLists, stored, List.copyOf(codes));
		}

		List<Audience> audiences(String stored) {
			List<Audience> held = audienceLists.get(stored);
			return held != null ? held : share(audienceLists, stored, audienceList(stored));
		}

		private static <K, V> V share(Map<K, V> held, K key, V value) {
			if (key == null) {
				return value;
			}
			V found = held.get(key);
			if (found != null) {
				return found;
			}
			if (held.size() < LIMIT) {
				held.put(key, value);
			}
			return value;
		}

	}

	private static List<Audience> audienceList(String stored) {
		List<String> codes = splitCodes(stored);
		List<Audience> audiences = new ArrayList<>(codes.size());
		for (String code : codes) {
			audiences.add(Audience.fromCode(code));
		}
		return List.copyOf(audiences);
	}

	/** {@code [a, b]} is stored as {@code ;a;b;}: one LIKE {@code '%;a;%'} tests membership. */
	static String joinCodes(List<String> codes) {
		StringBuilder joined = new StringBuilder(codes.size() * 24 + 1).append(';');
		for (String code : codes) {
			joined.append(code).append(';');
		}
		return joined.toString();
	}

	private static String joinAudiences(List<Audience> audiences) {
		StringBuilder joined = new StringBuilder(audiences.size() * 16 + 1).append(';');
		for (Audience audience : audiences) {
			joined.append(audience.code()).append(';');
		}
		return joined.toString();
	}

	static List<String> splitCodes(String stored) {
		List<String> codes = new ArrayList<>(4);
		int start = 0;
		while (start < stored.length()) {
			int end = stored.indexOf(';', start);
			if (end < 0) {
				end = stored.length();
			}
			if (end > start) {
				codes.add(stored.substring(start, end));
			}
			start = end + 1;
		}
		return codes;
	}

	static String memberPattern(String code) {
		return "%;" + Like.escape(code) + ";%";
	}

	private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
		return Decimals.clean(rs.getBigDecimal(column));
	}

	private static String code(CodedValue value) {
		return value == null ? null : value.code();
	}

	private static <E extends Enum<E> & CodedValue> E parse(Class<E> type, String code) {
		return code == null ? null : CodedValue.require(type, code);
	}

	/** LIKE patterns with {@code \} as the escape character, the same on H2 and PostgreSQL. */
	static final class Like {

		private Like() {
		}

		static String escape(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

}
