package org.aimnav.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;

/**
 * A database that closed itself under open connections (what H2 does when its store runs out of
 * memory): the connections still say they are valid, every statement fails. The platform's health
 * must read DOWN; Spring Boot's default indicator, which only asks whether a connection is valid,
 * reads UP. (The health of a working database is checked over HTTP in {@link OperationsTests}.)
 */
class DatabaseHealthTests {

	@Test
	void aDatabaseThatClosedItselfUnderValidLookingConnectionsIsDown() throws Exception {
		DataSource closed = closedDatabase();

		DataSourceHealthIndicator platform = new DatabaseHealth().dbHealthIndicator(closed);
		DataSourceHealthIndicator bootDefault = new DataSourceHealthIndicator(closed);
		bootDefault.afterPropertiesSet();

		assertThat(platform.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(bootDefault.health().getStatus()).as("why the default is replaced").isEqualTo(Status.UP);
	}

	private static DataSource closedDatabase() throws SQLException {
		SQLException closed = new SQLException("The database has been closed [90098-240]", "90098");
		Connection connection = mock(Connection.class);
		DatabaseMetaData metaData = mock(DatabaseMetaData.class);
		when(metaData.getDatabaseProductName()).thenReturn("H2");
		when(connection.getMetaData()).thenReturn(metaData);
		when(connection.isValid(anyInt())).thenReturn(true);
		when(connection.createStatement()).thenThrow(closed);
		when(connection.prepareStatement(anyString())).thenThrow(closed);
		DataSource dataSource = mock(DataSource.class);
		when(dataSource.getConnection()).thenReturn(connection);
		return dataSource;
	}

}
