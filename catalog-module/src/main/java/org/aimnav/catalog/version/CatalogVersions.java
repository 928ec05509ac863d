package org.aimnav.catalog.version;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Catalog versions: the lifecycle of a version (staged by an import, published, discarded), which
 * one is current, activation of an earlier one (rollback), and diffs between any two.
 */
public class CatalogVersions {

	private static final Logger log = LoggerFactory.getLogger(CatalogVersions.class);

	/** Programs of a discarded version deleted in one transaction. */
	static final int SWEEP_BATCH = 10_000;

	/**
	 * A staging version's count is that of the rows staged so far (an import running or interrupted
	 * shows how far it got); a published one's was kept when it was published.
	 */
	private static final String SELECT = "SELECT v.version, v.status, v.created_at, v.published_at, "
			+ "CASE WHEN v.status = 'STAGING' THEN (SELECT COUNT(*) FROM program p WHERE p.catalog_version = v.version) "
			+ "ELSE v.program_count END AS program_count, v.checksum, v.import_id, c.version AS current_version, "
			+ "c.activated_at AS current_since "
			+ "FROM catalog_version v LEFT JOIN catalog_current c ON c.version = v.version";

	private final JdbcTemplate jdbc;

	private final ProgramRepository programs;

	private final TransactionTemplate transactions;

	private final CurrentVersionWatcher watcher;

	private final Clock clock;

	public CatalogVersions(JdbcTemplate jdbc, ProgramRepository programs, TransactionTemplate transactions,
			CurrentVersionWatcher watcher, Clock clock) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.transactions = transactions;
		this.watcher = watcher;
		this.clock = clock;
	}

	/** Published versions (and any being staged), newest first. */
	public List<CatalogVersion> list() {
		return jdbc.query(SELECT + " WHERE v.status <> 'DISCARDED' ORDER BY v.version DESC", this::map);
	}

	public Optional<CatalogVersion> find(int version) {
		return jdbc.query(SELECT + " WHERE v.version = ?", this::map, version).stream().findFirst();
	}

	public OptionalInt currentVersion() {
		List<Integer> current = jdbc.queryForList("SELECT version FROM catalog_current WHERE id = 1", Integer.class);
		return current.isEmpty() ? OptionalInt.empty() : OptionalInt.of(current.get(0));
	}

	/** The current version; fails with {@link NoCurrentCatalogException} before the first publish. */
	public int requireCurrentVersion() {
		return currentVersion().orElseThrow(NoCurrentCatalogException::new);
	}

	public Optional<CatalogVersion> current() {
		return jdbc.query(SELECT + " WHERE c.version IS NOT NULL", this::map).stream().findFirst();
	}

	/**
	 * Opens a new version for an import to write into. Its number is one more than any version so
	 * far; numbers of discarded versions are not reused, so a number always means one content.
	 */
	public int createStaging(String importId) {
		return Objects.requireNonNull(transactions.execute(status -> {
			Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(version), 0) FROM catalog_version", Integer.class);
			int version = (last == null ? 0 : last) + 1;
			jdbc.update("INSERT INTO catalog_version (version, status, created_at, import_id) VALUES (?, ?, ?, ?)",
					version, VersionStatus.STAGING.name(), now(), importId);
			return version;
		}));
	}

	/**
	 * The checksum a staged or published version's content has (see {@link CatalogChecksum}),
	 * computed by reading the whole version.
	 */
	public String checksum(int version) {
		CatalogChecksum checksum = new CatalogChecksum();
		programs.forEach(version, checksum::add);
		return checksum.hex();
	}

	/**
	 * Publishes a staged version and makes it current in one transaction: readers see the old
	 * version until the commit and the new one, complete, after it.
	 */
	public CatalogVersion publish(int version, String checksum) {
		transactions.executeWithoutResult(status -> {
			markPublished(version, checksum);
			makeCurrent(version);
		});
		announce();
		return find(version).orElseThrow();
	}

	/**
	 * Publishes a staged version in place of the one the caller decided against, only if that one is
	 * still current: a curator may make another version current at any moment, and publishing over
	 * a choice the decision did not see would silently undo it. One conditional UPDATE, so the check
	 * and the switch cannot be overtaken.
	 * @param expectedCurrent the version the caller saw as current, null when there was none
	 * @return the published version, or empty (nothing changed) when the current version is no
	 * longer {@code expectedCurrent}
	 */
	public Optional<CatalogVersion> publishInstead(int version, String checksum, Integer expectedCurrent) {
		boolean published = Boolean.TRUE.equals(transactions.execute(status -> {
			if (expectedCurrent == null) {
				if (currentVersion().isPresent()) {
					return false;
				}
				makeCurrent(version);
			}
			else if (jdbc.update("UPDATE catalog_current SET version = ?, activated_at = ? WHERE id = 1 AND version = ?",
					version, now(), expectedCurrent) != 1) {
				return false;
			}
			markPublished(version, checksum);
			return true;
		}));
		if (!published) {
			return Optional.empty();
		}
		announce();
		return find(version);
	}

	private void markPublished(int version, String checksum) {
		int count = programs.count(version);
		int updated = jdbc.update("UPDATE catalog_version SET status = ?, published_at = ?, program_count = ?, "
				+ "checksum = ? WHERE version = ? AND status = ?", VersionStatus.PUBLISHED.name(), now(), count,
				checksum, version, VersionStatus.STAGING.name());
		if (updated != 1) {
			throw new IllegalStateException("Version " + version + " is not being staged");
		}
	}

	/**
	 * Marks a staged version discarded, in the caller's transaction; its programs are removed
	 * afterwards by {@link #sweepDiscarded()}. Deleting them here held an unchanged re-upload of
	 * 100,000 rows in its publish step for 23 s on H2, longer than staging them had taken, all in one
	 * transaction whose undo H2 keeps in memory.
	 */
	public void discard(int version) {
		jdbc.update("UPDATE catalog_version SET status = ? WHERE version = ? AND status = ?",
				VersionStatus.DISCARDED.name(), version, VersionStatus.STAGING.name());
	}

	/**
	 * Removes the programs of discarded versions, {@value #SWEEP_BATCH} at a time, each batch in a
	 * transaction of its own: called outside any transaction, after an import's decision committed,
	 * and hourly for what an ended process left.
	 * @return how many programs were removed
	 */
	public long sweepDiscarded() {
		long removed = 0;
		List<Integer> discarded = jdbc.queryForList("SELECT version FROM catalog_version WHERE status = ? "
				+ "AND EXISTS (SELECT 1 FROM program WHERE program.catalog_version = catalog_version.version) "
				+ "ORDER BY version", Integer.class, VersionStatus.DISCARDED.name());
		for (int version : discarded) {
			for (int deleted = SWEEP_BATCH; deleted == SWEEP_BATCH;) {
				deleted = Objects.requireNonNull(transactions.execute(status -> programs.deleteFirst(version, SWEEP_BATCH)));
				removed += deleted;
			}
		}
		return removed;
	}

	/** Makes an earlier (or any) published version current again: a rollback. */
	public CatalogVersion activate(int version) {
		CatalogVersion target = find(version).orElseThrow(() -> new VersionNotFoundException(version));
		if (target.status() != VersionStatus.PUBLISHED) {
			throw new VersionNotActivatableException(version, target.status());
		}
		if (target.current()) {
			// Already current (a retried request, a second click): when it became current stays true.
			return target;
		}
		transactions.executeWithoutResult(status -> makeCurrent(version));
		announce();
		return find(version).orElseThrow();
	}

	/**
	 * What changed from one version to another: a merge of two id-ordered walks, so memory stays
	 * flat however large the versions are.
	 */
	public VersionDiff diff(int from, int to) {
		for (int version : new int[] { from, to }) {
			CatalogVersion found = find(version).orElseThrow(() -> new VersionNotFoundException(version));
			if (found.status() == VersionStatus.DISCARDED) {
				throw VersionNotFoundException.discarded(version);
			}
		}
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<VersionDiff.Change> changed = new ArrayList<>();
		Iterator<Program> before = programs.walk(from);
		Iterator<Program> after = programs.walk(to);
		Program b = next(before);
		Program a = next(after);
		while (b != null || a != null) {
			int order = b == null ? 1 : a == null ? -1 : b.programId().compareTo(a.programId());
			if (order < 0) {
				removed.add(b.programId());
				b = next(before);
			}
			else if (order > 0) {
				added.add(a.programId());
				a = next(after);
			}
			else {
				List<VersionDiff.FieldChange> fields = fieldChanges(b, a);
				if (!fields.isEmpty()) {
					changed.add(new VersionDiff.Change(a.programId(), fields));
				}
				b = next(before);
				a = next(after);
			}
		}
		return new VersionDiff(from, to, added, removed, changed);
	}

	private static List<VersionDiff.FieldChange> fieldChanges(Program before, Program after) {
		List<VersionDiff.FieldChange> fields = new ArrayList<>();
		for (CatalogColumn column : CatalogColumn.values()) {
			String was = column.valueOf(before);
			String is = column.valueOf(after);
			if (!was.equals(is)) {
				fields.add(new VersionDiff.FieldChange(column.header(), was.isEmpty() ? null : was,
						is.isEmpty() ? null : is));
			}
		}
		return fields;
	}

	private static Program next(Iterator<Program> walk) {
		return walk.hasNext() ? walk.next() : null;
	}

	/**
	 * Tells this instance's listeners at once. The change is committed whatever they do: a
	 * listener that fails is logged, and the watcher's next poll tells them again.
	 */
	private void announce() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Called inside a caller's transaction (an import's publish step): listeners read with
			// their own connections, so they must hear of the change only once it is committed.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					announceNow();
				}
			});
		}
		else {
			announceNow();
		}
	}

	private void announceNow() {
		try {
			watcher.refresh();
		}
		catch (RuntimeException ex) {
			log.warn("The catalog changed, but telling this instance failed; it will be retried: {}", ex.toString());
		}
	}

	private void makeCurrent(int version) {
		int updated = jdbc.update("UPDATE catalog_current SET version = ?, activated_at = ? WHERE id = 1", version,
				now());
		if (updated == 0) {
			jdbc.update("INSERT INTO catalog_current (id, version, activated_at) VALUES (1, ?, ?)", version, now());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private CatalogVersion map(ResultSet rs, int rowNum) throws SQLException {
		return new CatalogVersion(rs.getInt("version"), VersionStatus.valueOf(rs.getString("status")),
				instant(rs, "created_at"), instant(rs, "published_at"), rs.getInt("program_count"),
				rs.getString("checksum"), rs.getString("import_id"), rs.getObject("current_version") != null,
				instant(rs, "current_since"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
