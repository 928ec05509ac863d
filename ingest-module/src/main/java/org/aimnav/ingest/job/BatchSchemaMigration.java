package org.aimnav.ingest.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * V2: the Spring Batch job repository's tables, created by Flyway from the schema script that
 * Spring Batch ships for the connected database ({@code org/springframework/batch/core/schema-<platform>.sql}),
 * so the DDL is never copied by hand and always matches the Batch version it was written for. A
 * Batch upgrade that changes the schema gets a migration of its own.
 */
class BatchSchemaMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "spring batch schema";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		ScriptUtils.executeSqlScript(connection, schema(platform(connection)));
	}

	static ClassPathResource schema(String platform) {
		ClassPathResource script = new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql");
		if (!script.exists()) {
			throw new IllegalStateException("Spring Batch ships no schema for " + platform);
		}
		return script;
	}

	/** Spring Batch names its scripts after Spring Boot's database ids: h2, postgresql, mysql... */
	static String platform(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(metaData.getURL());
		if (driver == DatabaseDriver.UNKNOWN) {
			driver = DatabaseDriver.fromProductName(metaData.getDatabaseProductName());
		}
		return driver.getId();
	}

}
