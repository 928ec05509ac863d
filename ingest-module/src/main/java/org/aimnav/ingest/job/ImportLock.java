package org.aimnav.ingest.job;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.aimnav.ingest.ImportInProgressException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one-import-at-a-time lock, held in the database so that every instance sharing it agrees:
 * a single row naming the import that holds it, the instance running that import, and until when
 * its lease runs. The running instance renews the lease; when an instance dies its lease runs out
 * and the next taker may take the lock over. Times are the database's own clock, so instances
 * whose clocks disagree still agree on who holds the lock.
 */
class ImportLock {

	private final JdbcTemplate jdbc;

	private final String instanceId;

	private final Duration lease;

	ImportLock(JdbcTemplate jdbc, String instanceId, Duration lease) {
		this.jdbc = jdbc;
		this.instanceId = instanceId;
		this.lease = lease;
	}

	String instanceId() {
		return instanceId;
	}

	Duration lease() {
		return lease;
	}

	/**
	 * Takes the lock for an import: one conditional UPDATE, so two instances racing for it cannot
	 * both win.
	 * @throws ImportInProgressException another import holds the lock and its lease runs
	 */
	void acquire(String importId) {
		int updated = jdbc.update("UPDATE import_lock SET import_id = ?, instance_id = ?, acquired_at = CURRENT_TIMESTAMP, "
				+ "lease_until = " + leaseEnd() + " WHERE id = 1 AND (import_id IS NULL OR lease_until < CURRENT_TIMESTAMP)",
				importId, instanceId);
		if (updated != 1) {
			throw new ImportInProgressException(holder().map(Holder::importId).orElse("unknown"));
		}
	}

	/**
	 * Renews the lease of an import that holds the lock.
	 * @return false when the import no longer holds it (its lease ran out and another took over)
	 */
	boolean renew(String importId) {
		return jdbc.update("UPDATE import_lock SET lease_until = " + leaseEnd() + " WHERE id = 1 AND import_id = ?",
				importId) == 1;
	}

	/**
	 * Frees the lock if this import holds it.
	 * @return whether it held it
	 */
	boolean release(String importId) {
		return jdbc.update("UPDATE import_lock SET import_id = NULL, instance_id = NULL, acquired_at = NULL, "
				+ "lease_until = NULL WHERE id = 1 AND import_id = ?", importId) == 1;
	}

	/**
	 * Whether an import holds the lock with a running lease: a plain read, which takes no row lock
	 * (so that a long transaction asking it does not hold up the heartbeat).
	 */
	boolean holds(String importId) {
		return holder().filter(h -> h.importId().equals(importId)).filter(Holder::leaseRuns).isPresent();
	}

	/** Who holds the lock, and whether the lease still runs (by the database's clock). */
	Optional<Holder> holder() {
		List<Holder> rows = jdbc.query("SELECT import_id, instance_id, lease_until, "
				+ "CASE WHEN lease_until >= CURRENT_TIMESTAMP THEN 1 ELSE 0 END AS alive FROM import_lock WHERE id = 1 "
				+ "AND import_id IS NOT NULL",
				(rs, n) -> new Holder(rs.getString("import_id"), rs.getString("instance_id"),
						rs.getObject("lease_until", OffsetDateTime.class).toInstant(), rs.getInt("alive") == 1));
		return rows.stream().findFirst();
	}

	/**
	 * Whether an import is running somewhere: it holds the lock and its lease runs. At start-up an
	 * instance passes {@code startingUp}: a lock held under its own instance id was then taken by
	 * its previous life, which is over, whatever the lease says.
	 */
	boolean alive(String importId, boolean startingUp) {
		return holder().filter(h -> h.importId().equals(importId))
			.filter(Holder::leaseRuns)
			.filter(h -> !(startingUp && h.instanceId().equals(instanceId)))
			.isPresent();
	}

	/** The lease's end as SQL: whole seconds from now, written into the statement (portable interval syntax). */
	private String leaseEnd() {
		return "CURRENT_TIMESTAMP + INTERVAL '" + Math.max(1, lease.toSeconds()) + "' SECOND";
	}

	record Holder(String importId, String instanceId, Instant leaseUntil, boolean leaseRuns) {
	}

}
